import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import type { MonitoringView } from '@ibd/shared/contracts';
import { AuthStore } from '@ibd/web/shared/data-access';
import { createWithHttp, userActions } from '@ibd/web/shared/testing';

import { MonitoringPageComponent } from './monitoring-page.component';

const EMPTY: MonitoringView = { from: '2026-01-01', to: '2026-11-30', periodKind: 'month', facilities: [] };

describe('MonitoringPageComponent', () => {
  let fixture: ComponentFixture<MonitoringPageComponent>;
  let http: HttpTestingController;

  beforeEach(async () => {
    ({ fixture, http } = createWithHttp(MonitoringPageComponent, {
      providers: [{ provide: AuthStore, useValue: { user: signal({ unitId: 'a1' }), isAuthenticated: signal(true) } }],
    }));
    http.expectOne('/api/v1/units').flush([]);
    http.match('/api/v1/service-types').forEach((request) => request.flush([]));
    snapshot().flush(EMPTY);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const { byTestId, type } = userActions(() => fixture);
  const snapshot = (): TestRequest => http.expectOne((request) => request.url === '/api/v1/statistics/monitoring');

  it('asks for the chosen period and says plainly when nothing was built for it', async () => {
    expect(byTestId('empty-state').textContent).toContain('Няма изчислени данни за този период.');
    await type('period-from', '2025-01-01');
    await type('period-to', '2025-06-30');
    byTestId('monitoring-apply').click();
    TestBed.tick();
    const request = snapshot();
    expect(request.request.params.get('from')).toBe('2025-01-01');
    expect(request.request.params.get('to')).toBe('2025-06-30');
    expect(request.request.params.get('periodKind')).toBe('month');
    request.flush(
      { statusCode: 400, message: ['to must not be before from'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const box = byTestId('error-box');
    expect(box.textContent).toContain('Някои полета не са попълнени правилно.');
    expect(box.textContent).toContain('to must not be before from');
  });

  it('starts a statistics run for the period and shows why the API refused it', async () => {
    await type('period-from', '2025-01-01');
    await type('period-to', '2025-06-30');
    byTestId('run-start').click();
    TestBed.tick();
    // The run is for the period in the form, which is shown too.
    snapshot().flush({ ...EMPTY, from: '2025-01-01', to: '2025-06-30' });
    const run = http.expectOne({ method: 'POST', url: '/api/v1/statistics/runs' });
    expect(run.request.body).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    run.flush(
      { statusCode: 409, message: 'A run for this period is in progress' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const box = byTestId('error-box');
    expect(box.textContent).toContain('Действието не е възможно в текущото състояние.');
    expect(box.textContent).toContain('A run for this period is in progress');
  });
});
