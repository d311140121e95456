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
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim()),
    );
    return { element, rows };
  }

  it('is a scrollable region named by its caption', async () => {
    const { element } = await render();
    const region = element.querySelector('[role="region"]') as HTMLElement;
    expect(region.getAttribute('aria-label')).toBe('Жертви по пол и възраст');
    expect(region.tabIndex).toBe(0);
    expect(element.querySelector('caption')?.textContent.trim()).toBe('Жертви по пол и възраст');
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
    expect([...element.querySelectorAll('th[scope="row"]')].map((th) => th.textContent.trim())).toEqual([
      'Психологическа',
      'Общо',
    ]);
  });

  it('shows the labels it is given, and the new ones when the page translates the table again', async () => {
    const english: CountTable = {
      title: 'Persons under care in the period, by assistance received and sex',
      rowHeading: 'Assistance received',
      rowLabels: ['Psychological support', 'Legal aid'],
      columnLabels: ['Female', 'Male', 'Other or unknown'],
      cells: [
        [2, 0, 0],
        [1, 0, 0],
      ],
      // Persons once each: someone received both.
      columnTotals: [2, 0, 0],
      grandTotal: 2,
    };
    const fixture = TestBed.createComponent(CountTableComponent);
    fixture.componentRef.setInput('table', english);
    fixture.componentRef.setInput('totalLabel', 'Total');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const texts = () => [...element.querySelectorAll('caption, th')].map((cell) => cell.textContent.trim());
    expect(texts()).toEqual([
      'Persons under care in the period, by assistance received and sex',
      'Assistance received',
      'Female',
      'Male',
      'Other or unknown',
      'Total',
      'Psychological support',
      'Legal aid',
      'Total',
    ]);
    const totals = element.querySelector('tr.total') as HTMLElement;
    expect([...totals.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())).toEqual([
      'Total',
      '2',
      '0',
      '0',
      '2',
    ]);

    fixture.componentRef.setInput('table', {
      ...english,
      title: 'Лица под грижа през периода по получена помощ и пол',
      rowHeading: 'Получена помощ',
      rowLabels: ['Психологическа подкрепа', 'Правна помощ'],
      columnLabels: ['Жена', 'Мъж', 'Друг или неизвестен'],
    });
    fixture.componentRef.setInput('totalLabel', 'Общо');
    await fixture.whenStable();
    expect(texts()).toEqual([
      'Лица под грижа през периода по получена помощ и пол',
      'Получена помощ',
      'Жена',
      'Мъж',
      'Друг или неизвестен',
      'Общо',
      'Психологическа подкрепа',
      'Правна помощ',
      'Общо',
    ]);
    expect(element.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Лица под грижа през периода по получена помощ и пол',
    );
  });
});
