import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import type { AlertView } from '@ibd/shared/contracts';
import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { AlertListComponent } from './alert-list.component';

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

const ALERTS: AlertView[] = [
  BASE,
  { ...BASE, id: 'a2', kind: 'term_overdue', code: 'SOF-2026-0002', caseId: 'c2', dueDate: '2026-11-20' },
  {
    ...BASE,
    id: 'a3',
    kind: 'referral_unanswered',
    code: 'REF-2026-0003',
    caseId: null,
    unitCode: 'VAR-SHELTER',
    dueDate: null,
    dueAt: '2026-11-25T10:30:00Z',
  },
];

async function render(inputs: { caseLinks?: boolean } = {}, language = 'en') {
  TestBed.inject(TranslocoService).setActiveLang(language);
  const fixture = TestBed.createComponent(AlertListComponent);
  fixture.componentRef.setInput('alerts', ALERTS);
  if (inputs.caseLinks !== undefined) fixture.componentRef.setInput('caseLinks', inputs.caseLinks);
  await fixture.whenStable();
  const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('li')];
  return { items, text: items.map((item) => item.textContent.replace(/\s+/g, ' ').trim()) };
}

describe('AlertListComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([]), provideTranslocoTesting()] }));

  it('lists each alert: what, which record, where and by when', async () => {
    const { text } = await render();
    expect(text).toEqual([
      'Stay term ending soon SOF-2026-0001 SOF-SHELTER Due: 1 Dec 2026',
      'Stay past its term SOF-2026-0002 SOF-SHELTER Due: 20 Nov 2026',
      // A moment is shown in Bulgaria's time zone.
      'Referral waiting for an answer REF-2026-0003 VAR-SHELTER Due: 25 Nov 2026, 12:30',
    ]);
  });

  it('says it in Bulgarian', async () => {
    const { text } = await render({}, 'bg');
    expect(text[0]).toContain('Срокът на настаняване изтича скоро');
    expect(text[0]).toContain('Срок: 1.12.2026 г.');
  });

  it('marks each kind with its colour class', async () => {
    const { items } = await render();
    expect(items.map((item) => item.className)).toEqual([
      'alert alert--term_ending',
      'alert alert--term_overdue',
      'alert alert--referral_unanswered',
    ]);
  });

  it('gives monitors codes only, without links to cases', async () => {
    const { items } = await render();
    expect(items.flatMap((item) => [...item.querySelectorAll('a')])).toEqual([]);
  });

  it('links staff to the case behind an alert, not to a referral without a case', async () => {
    const { items } = await render({ caseLinks: true });
    const links = items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null);
    expect(links).toEqual(['/cases/c1', '/cases/c2', null]);
  });
});
