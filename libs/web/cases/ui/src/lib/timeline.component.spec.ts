import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { type TimelineItem, TimelineComponent } from './timeline.component';

const ENTRIES: TimelineItem[] = [
  { at: '2026-11-01T08:00:00Z', kind: 'case.opened', data: {} },
  { at: '2026-11-02T09:15:00Z', kind: 'task.created', data: { task: 'notify_dazd' } },
  { at: '2026-11-03T10:00:00Z', kind: 'service.rendered', data: { type: 'psychological', durationMinutes: 90 } },
  { at: '2026-11-04T11:00:00Z', kind: 'placement.discharged', data: { reason: 'goals_met' } },
  { at: '2026-11-05T12:00:00Z', kind: 'case.closed', data: { reason: 'goals_met' } },
];

describe('TimelineComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function render(language = 'en', serviceLabel?: (code: string) => string) {
    TestBed.inject(TranslocoService).setActiveLang(language);
    const fixture = TestBed.createComponent(TimelineComponent);
    fixture.componentRef.setInput('entries', ENTRIES);
    if (serviceLabel) fixture.componentRef.setInput('serviceLabel', serviceLabel);
    await fixture.whenStable();
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('li')];
    return rows.map((row) => [...row.children].map((part) => part.textContent.trim()).join(' | '));
  }

  it('lists the history newest first, each event in words with its details', async () => {
    expect(await render('en', (code) => (code === 'psychological' ? 'Psychological support' : code))).toEqual([
      '5 Nov 2026, 14:00 | Case closed | Goals met',
      // A stay's reason is not a case closure reason: no detail.
      '4 Nov 2026, 13:00 | Discharged',
      '3 Nov 2026, 12:00 | Service rendered | Psychological support | 90 min',
      '2 Nov 2026, 11:15 | Task created | Notify the child protection agency (ДАЗД)',
      '1 Nov 2026, 10:00 | Case opened',
    ]);
  });

  it('writes times for machines too', async () => {
    TestBed.inject(TranslocoService).setActiveLang('bg');
    const fixture = TestBed.createComponent(TimelineComponent);
    fixture.componentRef.setInput('entries', ENTRIES.slice(0, 1));
    await fixture.whenStable();
    const time = (fixture.nativeElement as HTMLElement).querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-01T08:00:00Z');
    expect(time?.textContent.trim()).toBe('1.11.2026 г., 10:00');
  });

  it('says it in Bulgarian', async () => {
    const rows = await render('bg');
    expect(rows[0]).toContain('Целите са постигнати');
    expect(rows[2]).toContain('90 мин.');
  });
});
