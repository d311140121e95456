import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import type { Page, SessionView } from '@ibd/shared/contracts';
import { createWithHttp } from '@ibd/web/shared/testing';

import { SessionsComponent } from './sessions.component';

const CURRENT: SessionView = {
  id: 's1',
  createdAt: '2026-12-04T08:00:00Z',
  lastUsedAt: '2026-12-04T09:30:00Z',
  clientAddress: '10.0.0.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
  current: true,
};
const OTHER: SessionView = {
  id: 's2',
  createdAt: '2026-12-01T07:00:00Z',
  lastUsedAt: '2026-12-02T16:45:00Z',
  clientAddress: null,
  userAgent: null,
  current: false,
};
const page = (items: SessionView[]): Page<SessionView> => ({ items, total: items.length, page: 1, pageSize: 100 });

describe('SessionsComponent', () => {
  let http: HttpTestingController;
  let element: HTMLElement;
  let fixture: ReturnType<typeof TestBed.createComponent<SessionsComponent>>;

  beforeEach(async () => {
    ({ fixture, http, element } = createWithHttp(SessionsComponent));
    await list([CURRENT, OTHER]);
  });

  afterEach(() => http.verify());

  async function list(items: SessionView[]) {
    http.expectOne((request) => request.url === '/api/v1/auth/sessions' && request.method === 'GET').flush(page(items));
    await fixture.whenStable();
  }

  const rows = () =>
    [...element.querySelectorAll('[data-testid="session-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim()),
    );
  const result = () => element.querySelector('[data-testid="sessions-result"]')?.textContent.trim();

  it('lists the sessions with when and from where, this one marked and the others to end', () => {
    expect(rows()).toEqual([
      ['4.12.2026 г., 10:00', '4.12.2026 г., 11:30', '10.0.0.7', CURRENT.userAgent, 'Тази сесия'],
      ['1.12.2026 г., 9:00', '2.12.2026 г., 18:45', '—', '—', 'Прекратяване'],
    ]);
    expect(element.querySelectorAll('[data-testid="session-end"]')).toHaveLength(1);
  });

  it('ends one session, says so and lists the rest', async () => {
    (element.querySelector('[data-testid="session-end"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/v1/auth/sessions/s2');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await list([CURRENT]);

    expect(result()).toBe('Сесията е прекратена.');
    expect(rows()).toHaveLength(1);
    expect((element.querySelector('[data-testid="sessions-end-others"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('ends all the others at once', async () => {
    (element.querySelector('[data-testid="sessions-end-others"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/v1/auth/sessions/end-others');
    expect(request.request.method).toBe('POST');
    request.flush({ ended: 1 });
    await list([CURRENT]);

    expect(result()).toBe('Прекратени сесии: 1.');
  });

  it('shows why an end failed and lists the sessions again', async () => {
    (element.querySelector('[data-testid="session-end"]') as HTMLButtonElement).click();
    http.expectOne('/api/v1/auth/sessions/s2').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await list([CURRENT]);

    expect(element.querySelector('[data-testid="error-box"]')?.textContent).toContain('Записът не е намерен.');
    expect(result()).toBe('');
  });
});
