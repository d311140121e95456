import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';

import { CaseStore } from '@ibd/web/cases/data-access';
import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { CasePlanComponent } from './case-plan.component';

const PLAN_API = '/api/v1/cases/c1/plan';

describe('CasePlanComponent', () => {
  let fixture: ComponentFixture<CasePlanComponent>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, http, element } = createWithHttp(CasePlanComponent, {
      providers: [CaseStore],
      inputs: { caseId: 'c1' },
    }));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const { click, type, errorsShown } = userActions(() => fixture);
  const forms = () => [...element.querySelectorAll('form')];
  const field = (form: HTMLFormElement, name: string) =>
    form.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
  const submitButton = (form: HTMLFormElement) => form.querySelector('button[type="submit"]') as HTMLButtonElement;
  const submit = (form: HTMLFormElement) => click(submitButton(form));

  it('asks for the summary of a review before sending it, then sends the review', async () => {
    const [review] = forms();
    await submit(review);
    expect(errorsShown(review)).toEqual(['Полето е задължително.']);
    http.expectNone(`${PLAN_API}/reviews`);

    await type(field(review, 'summary'), '  Напредък по целите  ');
    await type(field(review, 'nextReviewOn'), '2027-01-15');
    await submit(review);
    const request = http.expectOne({ method: 'POST', url: `${PLAN_API}/reviews` });
    expect(request.request.body).toEqual({
      reviewedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      summary: 'Напредък по целите',
      nextReviewOn: '2027-01-15',
    });
    request.flush(
      { statusCode: 400, message: ['nextReviewOn must be after reviewedOn'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorsShown(review)).toEqual(['nextReviewOn must be after reviewedOn']);
    expect(element.querySelector('[data-testid="error-box"]')?.textContent).toContain(
      'Някои полета не са попълнени правилно.',
    );
  });

  it('adds a need with its text trimmed and empties the form once saved', async () => {
    const add = forms()[1];
    await submit(add);
    expect(errorsShown(add)).toEqual(['Полето е задължително.']);
    http.expectNone(`${PLAN_API}/items`);

    await type(field(add, 'text'), '  Подслон и храна ');
    await type(field(add, 'responsible'), 'Социален работник');
    await submit(add);
    const request = http.expectOne({ method: 'POST', url: `${PLAN_API}/items` });
    expect(request.request.body).toEqual({ kind: 'need', text: 'Подслон и храна', responsible: 'Социален работник' });
    expect(submitButton(add).disabled).toBe(true);
    request.flush({ id: 'i1' });
    await fixture.whenStable();
    expect(field(add, 'text').value).toBe('');
    expect(submitButton(add).disabled).toBe(false);
    expect(errorsShown(add)).toEqual([]);
  });

  it('shows no forms on a closed case', async () => {
    fixture.componentRef.setInput('closed', true);
    await fixture.whenStable();
    expect(forms()).toEqual([]);
  });
});
