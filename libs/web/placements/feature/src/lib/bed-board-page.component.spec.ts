import type { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { BedBoardEntry, UnitView } from '@ibd/shared/contracts';
import { AuthStore } from '@ibd/web/shared/data-access';
import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { BedBoardPageComponent } from './bed-board-page.component';

const FACILITY = 'f1';
const FREE: BedBoardEntry = { id: 'b1', code: 'SOF-1', label: 'Стая 1', active: true, occupied: false };
const TAKEN: BedBoardEntry = {
  id: 'b2',
  code: 'SOF-2',
  label: 'Стая 2',
  active: true,
  occupied: true,
  occupiedBy: {
    caseCode: 'SOF-2026-0007',
    placementId: 'p1',
    since: '2026-10-01',
    admittedAt: '2026-10-01T10:00:00Z',
    stayLimitDate: '2026-10-31',
    daysLeft: 20,
    endingSoon: false,
  },
};
const UNITS: UnitView[] = [
  { id: FACILITY, code: 'SOF-SHELTER', name: 'Приют София', city: 'София', kind: 'temporary_shelter' },
  { id: 'u2', code: 'DSP-SOF', name: 'Дирекция „Социално подпомагане“', city: 'София', kind: 'agency' },
];

describe('BedBoardPageComponent', () => {
  let fixture: ComponentFixture<BedBoardPageComponent>;
  let http: HttpTestingController;

  beforeEach(async () => {
    ({ fixture, http } = createWithHttp(BedBoardPageComponent, {
      providers: [
        provideRouter([]),
        {
          provide: AuthStore,
          useValue: { user: signal({ unitId: FACILITY }), isAuthenticated: signal(true) },
        },
      ],
    }));
    http.expectOne('/api/v1/units').flush(UNITS);
    await loadBoard();
  });

  afterEach(() => http.verify());

  const { byTestId, click, type, open, texts, choose, errorsShown } = userActions(() => fixture);

  async function loadBoard() {
    http.expectOne(`/api/v1/facilities/${FACILITY}/beds`).flush([FREE, TAKEN]);
    http
      .expectOne((request) => request.url === '/api/v1/placements')
      .flush({ items: [{ id: 'p1', caseId: 'c7' }], total: 1, page: 1, pageSize: 100 });
    http
      .expectOne((request) => request.url === '/api/v1/cases')
      .flush({
        items: [
          { id: 'c1', code: 'SOF-2026-0001', status: 'open' },
          { id: 'c7', code: 'SOF-2026-0007', status: 'active' },
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await fixture.whenStable();
  }

  it('admits: shows what is missing without sending, sends the admission, places the API error at its field', async () => {
    await click(byTestId('bed-SOF-1').querySelector('[data-testid="bed-admit"]') as HTMLElement);
    expect(byTestId('bed-panel').querySelector('h2')?.textContent).toContain('Настаняване на SOF-1');

    await click('bed-submit');
    expect(errorsShown()).toEqual(['Полето е задължително.', 'Съгласието на лицето е задължително.']);
    http.expectNone('/api/v1/placements');

    // Only a case that is not already placed may be admitted.
    const cases = await open('admit-case');
    expect(texts(cases)).toEqual(['SOF-2026-0001']);
    await click(cases[0]);
    await click(byTestId('admit-consent').querySelector('input') as HTMLElement);
    await click('bed-submit');

    const admission = http.expectOne({ method: 'POST', url: '/api/v1/placements' });
    expect(admission.request.body).toEqual({
      caseId: 'c1',
      facilityId: FACILITY,
      bedId: 'b1',
      admittedAt: expect.any(String),
      consent: { given: true },
    });
    expect(byTestId('bed-submit').textContent).toContain('Записване…');
    admission.flush(
      { statusCode: 400, message: ['admittedAt must not be in the future'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorsShown()).toEqual(['admittedAt must not be in the future']);
    expect(byTestId('error-box').textContent).toContain('Някои полета не са попълнени правилно.');
    expect(byTestId('bed-submit').textContent).toContain('Запис');
  });

  it('discharges with an onward referral, asks for its fields only when wanted, then says so and reloads', async () => {
    await click(byTestId('bed-SOF-2').querySelector('[data-testid="bed-discharge"]') as HTMLElement);
    await choose('discharge-reason', 'Изтекъл срок');
    await choose('discharge-destination', 'При семейството');
    await click('bed-submit');
    const withoutReferral = http.expectOne({ method: 'POST', url: '/api/v1/placements/p1/discharge' });
    expect(withoutReferral.request.body.onwardReferral).toBeUndefined();
    withoutReferral.flush({ statusCode: 409, message: 'Already discharged' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(byTestId('error-box').textContent).toContain('Already discharged');

    await click(byTestId('discharge-with-referral').querySelector('input') as HTMLElement);
    await click('bed-submit');
    http.expectNone('/api/v1/placements/p1/discharge');
    expect(errorsShown()).toEqual([
      'Полето е задължително.',
      'Полето е задължително.',
      'Без съгласие насочването не може да бъде изпратено.',
    ]);

    await choose('onward-unit', 'DSP-SOF · Дирекция „Социално подпомагане“');
    await type('onward-reason', '  Нужда от социална услуга  ');
    await click(byTestId('onward-consent').querySelector('input') as HTMLElement);
    await click('bed-submit');
    const discharge = http.expectOne({ method: 'POST', url: '/api/v1/placements/p1/discharge' });
    expect(discharge.request.body.onwardReferral).toEqual({
      toUnitId: 'u2',
      reason: 'Нужда от социална услуга',
      urgency: 'normal',
      consent: { given: true, date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) },
    });
    discharge.flush({});
    // The board reloads: not stable until its requests are answered.
    TestBed.tick();
    expect(byTestId('bed-panel')).toBeNull();
    expect(byTestId('beds-notice').textContent).toContain('Лицето е изписано и насочването е изпратено.');
    await loadBoard();
  });
});
