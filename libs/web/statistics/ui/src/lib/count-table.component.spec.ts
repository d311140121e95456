import { TestBed } from '@angular/core/testing';

import { provideTranslocoTesting } from '@ibd/web/shared/testing';

import { type CountTable, CountTableComponent } from './count-table.component';

const TABLE: CountTable = {
  title: 'Жертви по пол и възраст',
  rowHeading: 'Пол',
  rowLabels: ['Жени', 'Мъже'],
  columnLabels: ['Деца', 'Пълнолетни'],
  cells: [
    [12, 1034],
    [null, 20],
  ],
};

describe('CountTableComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  async function render(table: CountTable = TABLE) {
    const fixture = TestBed.createComponent(CountTableComponent);
    fixture.componentRef.setInput('table', table);
    fixture.componentRef.setInput('totalLabel', 'Общо');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const rows = [...element.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    return { element, rows };
  }

  it('is a scrollable region named by its caption', async () => {
    const { element } = await render();
    const region = element.querySelector('[role="region"]') as HTMLElement;
    expect(region.getAttribute('aria-label')).toBe('Жертви по пол и възраст');
    expect(region.tabIndex).toBe(0);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Жертви по пол и възраст');
  });

  it('shows counts with totals; a suppressed cell and the sums it is part of read ✱', async () => {
    const { rows } = await render();
    expect(rows).toEqual([
      ['Пол', 'Деца', 'Пълнолетни', 'Общо'],
      ['Жени', '12', '1034', '1046'],
      ['Мъже', '✱', '20', '✱'],
      ['Общо', '✱', '1054', '✱'],
    ]);
  });

  it('uses the totals the table carries, and the row heading as the name without a title', async () => {
    const { element, rows } = await render({
      rowHeading: 'Услуга',
      rowLabels: ['Психологическа'],
      columnLabels: ['2026'],
      cells: [[7]],
      rowTotals: [9],
      columnTotals: [9],
      grandTotal: 9,
    });
    expect(element.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Услуга');
    expect(rows.slice(1)).toEqual([
      ['Психологическа', '7', '9'],
      ['Общо', '9', '9'],
    ]);
    expect([...element.querySelectorAll('th[scope="row"]')].map((th) => th.textContent?.trim())).toEqual([
      'Психологическа',
      'Общо',
    ]);
  });
});
