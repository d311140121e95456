import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { CaseNewPageComponent } from './case-new-page.component';

describe('CaseNewPageComponent', () => {
  let fixture: ComponentFixture<CaseNewPageComponent>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, http, element } = createWithHttp(CaseNewPageComponent, { providers: [provideRouter([])] }));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const { byTestId, click, type, choose, errorsShown } = userActions(() => fixture);
  /** The field (its label) each shown error stands under. */
  const errorFields = () =>
    [...element.querySelectorAll('[data-testid="field-error"]')].map((error) =>
      error.closest('mat-form-field')?.querySelector('mat-label')?.textContent.trim(),
    );

  async function fillRequired() {
    await type('victim-first-name', ' Мария ');
    await type('victim-last-name', 'Иванова');
    await choose('victim-sex', 'Жена');
    await choose('case-identified-by', 'Полиция');
    await choose('case-forms', 'Принудителен труд');
  }

  it('names every missing field and sends nothing', async () => {
    await click('case-submit');
    expect(errorsShown()).toEqual(Array(5).fill('Полето е задължително.'));
    expect(errorFields()).toEqual(['Име', 'Фамилия', 'Пол', 'Идентифицирано от', 'Форми на експлоатация']);
    await type('victim-personal-number', '12345');
    expect(errorsShown()).toContain('10 цифри; по желание.');
    http.expectNone('/api/v1/victims');
  });

  it('warns of a possible duplicate, registers anyway, and keeps the person when the case is refused', async () => {
    await fillRequired();
    await click('case-submit');
    const victim = http.expectOne({ method: 'POST', url: '/api/v1/victims' });
    expect(victim.request.body).toEqual({ identity: { firstName: 'Мария', lastName: 'Иванова' }, sex: 'female' });
    victim.flush(
      { statusCode: 409, code: 'POSSIBLE_DUPLICATE', message: 'possible duplicate', existingCodes: ['V-2026-000003'] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(byTestId('duplicate-warning').textContent).toContain('V-2026-000003');
    expect(byTestId('error-box')).toBeNull();

    await click('duplicate-acknowledge');
    const again = http.expectOne({ method: 'POST', url: '/api/v1/victims' });
    expect(again.request.body.acknowledgeDuplicate).toBe(true);
    again.flush({ id: 'v1', code: 'V-2026-000010' });
    const caseRequest = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
    expect(caseRequest.request.body).toEqual({
      victimId: 'v1',
      identifiedAt: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      identifiedBy: 'police',
      exploitationForms: ['forced_labour'],
    });
    caseRequest.flush(
      { statusCode: 400, message: ['identifiedAt must not be in the future'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorsShown()).toEqual(['identifiedAt must not be in the future']);
    expect(errorFields()).toEqual(['Дата на идентифициране']);
    expect(byTestId('victim-registered').textContent).toContain('V-2026-000010');

    // The retry opens the case for the person already registered.
    await type('case-identified-at', '2026-01-10');
    await click('case-submit');
    http.expectNone('/api/v1/victims');
    const retry = http.expectOne({ method: 'POST', url: '/api/v1/cases' });
    expect(retry.request.body.identifiedAt).toBe('2026-01-10');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    retry.flush({ id: 'c9' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/cases', 'c9']);
  });
});
