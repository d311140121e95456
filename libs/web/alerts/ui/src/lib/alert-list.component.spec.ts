import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import type { AlertView } from '@ibd/shared/contracts';
import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { AlertListComponent } from './alert-list.component';

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const BASE: AlertView = {
  id: 'a1',
  kind: 'term_ending',
  unitId: 'u1',
  unitCode: 'SOF-SHELTER',
  senderUnitId: null,
  code: 'SOF-2026-0001',
  caseId: 'c1',
  subjectId: 'p1',
  taskKind: null,
  dueDate: '2026-12-01',
  daysLeft: 5,
  dueAt: null,
  computedAt: '2026-11-26T08:00:00Z',
};

const notification = (id: string, taskKind: AlertView['taskKind'], dueAt: string): AlertView => ({
  ...BASE,
  id,
  kind: 'child_notification_overdue',
  code: 'SOF-2026-0008',
  caseId: 'c8',
  subjectId: `t-${id}`,
  taskKind,
  dueDate: null,
  daysLeft: null,
  dueAt,
});

const DUE = hoursAgo(50);
const ALERTS: AlertView[] = [
  notification('n1', 'notify_dazd', DUE),
  BASE,
  { ...BASE, id: 'a2', kind: 'term_overdue', code: 'SOF-2026-0002', caseId: 'c2', dueDate: '2026-11-20', daysLeft: -3 },
  notification('n2', 'notify_mvr', DUE),
  {
    ...BASE,
    id: 'a3',
    kind: 'referral_unanswered',
    code: 'REF-2026-0003',
    caseId: null,
    unitCode: 'VAR-SHELTER',
    dueDate: null,
    daysLeft: null,
    dueAt: hoursAgo(5),
  },
  notification('n3', 'notify_nkbth', DUE),
];

const squash = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();

async function render(inputs: Record<string, unknown> = {}, language = 'en') {
  TestBed.inject(TranslocoService).setActiveLang(language);
  const fixture = TestBed.createComponent(AlertListComponent);
  fixture.componentRef.setInput('alerts', ALERTS);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const groups = [...root.querySelectorAll('[data-testid="alert-group"]')];
  const rows = [...root.querySelectorAll('[data-testid="alert-row"]')];
  return { fixture, root, groups, rows };
}

describe('AlertListComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([]), provideTranslocoTesting()] }));

  it('groups the alerts per case, in the order the first one came', async () => {
    const { groups } = await render();
    expect(groups.map((group) => squash(group.querySelector('.group__head') as Element))).toEqual([
      'SOF-2026-0008 SOF-SHELTER',
      'SOF-2026-0001 SOF-SHELTER',
      'SOF-2026-0002 SOF-SHELTER',
      'REF-2026-0003 VAR-SHELTER',
    ]);
    expect(groups.map((group) => group.querySelectorAll('[data-testid="alert-row"]').length)).toEqual([3, 1, 1, 1]);
  });

  it('says on each row which notification is due (to whom) and how late it is', async () => {
    const { groups, rows } = await render();
    const notifications = [...groups[0].querySelectorAll('[data-testid="alert-row"]')].map(squash);
    expect(notifications).toEqual([
      expect.stringMatching(
        /^Overdue child notification: Notify the child protection agency \(ДАЗД\) Due: .+ 2 days late$/,
      ),
      expect.stringMatching(/^Overdue child notification: Notify the police \(МВР\) Due: .+ 2 days late$/),
      expect.stringMatching(/^Overdue child notification: Notify the Commission \(НКБТХ\) Due: .+ 2 days late$/),
    ]);
    expect(rows.map(squash).slice(3)).toEqual([
      'Stay term ending soon Due: 1 Dec 2026',
      'Stay past its term Due: 20 Nov 2026 3 days late',
      expect.stringMatching(/^Referral waiting for an answer Due: .+ 5 h late$/),
    ]);
  });

  it('says it in Bulgarian', async () => {
    const { rows } = await render({}, 'bg');
    expect(squash(rows[0])).toContain('Уведомяване на ДАЗД');
    expect(squash(rows[0])).toContain('закъснение 2 дни');
    expect(squash(rows[3])).toContain('Срок: 1.12.2026 г.');
  });

  it('marks each kind with its colour class', async () => {
    const { rows } = await render();
    expect(rows.map((row) => row.className)).toEqual([
      'alert alert--child_notification_overdue',
      'alert alert--child_notification_overdue',
      'alert alert--child_notification_overdue',
      'alert alert--term_ending',
      'alert alert--term_overdue',
      'alert alert--referral_unanswered',
    ]);
  });

  it('gives monitors codes only, without links to cases or a done action', async () => {
    const { root } = await render();
    expect(root.querySelectorAll('a, button')).toHaveLength(0);
  });

  it('links staff to the case behind an alert, once per case, not to a referral without a case', async () => {
    const { groups } = await render({ caseLinks: true });
    const links = groups.map((group) => group.querySelector('a')?.getAttribute('href') ?? null);
    expect(links).toEqual(['/cases/c8', '/cases/c1', '/cases/c2', null]);
  });

  it('lets staff mark each notification done from its row, naming it for a screen reader', async () => {
    const { fixture, root } = await render({ canComplete: true });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="alert-done"]')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Mark notified: Notify the child protection agency (ДАЗД), case SOF-2026-0008',
      'Mark notified: Notify the police (МВР), case SOF-2026-0008',
      'Mark notified: Notify the Commission (НКБТХ), case SOF-2026-0008',
    ]);
    const done: AlertView[] = [];
    fixture.componentInstance.complete.subscribe((alert) => done.push(alert));
    buttons[1].click();
    expect(done.map((alert) => [alert.caseId, alert.subjectId])).toEqual([['c8', 't-n2']]);
  });

  it('holds every done action while one is being recorded', async () => {
    const { root } = await render({ canComplete: true, completing: 'n1' });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="alert-done"]')];
    expect(buttons.map((button) => button.disabled)).toEqual([true, true, true]);
  });
});
