import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import type { BedBoardEntry } from '@ibd/shared/contracts';
import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { BedCardComponent } from './bed-card.component';

const FREE: BedBoardEntry = { id: 'b1', code: 'SOF-1', label: 'Стая 1', active: true, occupied: false };

function occupied(daysLeft: number, endingSoon = daysLeft <= 7): BedBoardEntry {
  return {
    ...FREE,
    occupied: true,
    occupiedBy: {
      caseCode: 'SOF-2026-0007',
      placementId: 'p1',
      since: '2026-10-01',
      admittedAt: '2026-10-01T10:00:00Z',
      stayLimitDate: '2026-10-31',
      daysLeft,
      endingSoon,
    },
  };
}

async function render(bed: BedBoardEntry, inputs: { caseId?: string } = {}, language = 'en') {
  TestBed.inject(TranslocoService).setActiveLang(language);
  const fixture = TestBed.createComponent(BedCardComponent);
  fixture.componentRef.setInput('bed', bed);
  if (inputs.caseId) fixture.componentRef.setInput('caseId', inputs.caseId);
  await fixture.whenStable();
  const card = (fixture.nativeElement as HTMLElement).querySelector('article') as HTMLElement;
  return { fixture, card, term: () => card.querySelector('.bed__term')?.textContent.trim() };
}

describe('BedCardComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([]), provideTranslocoTesting()] }));

  it('names the bed and labels the card by its title', async () => {
    const { card } = await render(FREE);
    const title = card.querySelector('h3') as HTMLElement;
    expect(title.textContent).toContain('Стая 1');
    expect(title.textContent).toContain('SOF-1');
    expect(card.getAttribute('aria-labelledby')).toBe(title.id);
    expect(card.dataset['testid']).toBe('bed-SOF-1');
  });

  it.each([
    ['a free bed', FREE, 'bed--free', 'Free'],
    ['a bed out of use', { ...FREE, active: false }, 'bed--inactive', 'Out of use'],
    ['a stay with time left', occupied(30), 'bed--ok', '30 days left'],
    ['a stay ending within the week', occupied(3), 'bed--ending', '3 days left'],
    ['a stay ending today', occupied(0), 'bed--ending', 'The term ends today'],
    ['a stay past its term', occupied(-4), 'bed--overdue', '4 days past the term'],
    ['an occupied bed an admin sees without the case', { ...FREE, occupied: true }, 'bed--ok', 'Occupied'],
  ])('%s: colour class %s and the words "%s"', async (_, bed, className, words) => {
    const { card, term } = await render(bed);
    expect(card.classList).toContain(className);
    expect(term()).toBe(words);
  });

  it('says the same in Bulgarian', async () => {
    expect((await render(FREE, {}, 'bg')).term()).toBe('Свободно');
    expect((await render(occupied(-2), {}, 'bg')).term()).toBe('Просрочено с 2 дни');
  });

  it('shows the case code, the dates of the stay, and links to the case when allowed', async () => {
    const { card } = await render(occupied(10), { caseId: 'case-1' });
    const link = card.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent.trim()).toBe('SOF-2026-0007');
    expect(link.getAttribute('href')).toBe('/cases/case-1');
    expect(card.textContent).toContain('Since 1 Oct 2026');
    expect(card.textContent).toContain('Term until 31 Oct 2026');
  });

  it('shows the case code without a link when no case id is given', async () => {
    const { card } = await render(occupied(10));
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('.bed__case')?.textContent.trim()).toBe('SOF-2026-0007');
  });

  it('marks a term as ending when the API says it ends within the alert threshold', async () => {
    expect((await render(occupied(9, false))).card.classList).toContain('bed--ok');
    expect((await render(occupied(9, true))).card.classList).toContain('bed--ending');
  });
});
