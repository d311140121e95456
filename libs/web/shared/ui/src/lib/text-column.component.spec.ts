import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTableModule } from '@angular/material/table';
import { TranslocoService } from '@jsverse/transloco';

import { formatDate, formatDateTime } from '@ibd/web/shared/util';
import { provideTranslocoTesting, render } from '@ibd/web/shared/testing';

import { TextColumnComponent } from './text-column.component';

interface Row {
  code: string;
  opened: string;
  seen: string | null;
  unit: { name: string };
}

@Component({
  selector: 'ibd-host',
  imports: [MatTableModule, TextColumnComponent],
  template: `
    <table mat-table [dataSource]="rows()">
      <ibd-text-column name="code" [headerText]="codeHeader()" />
      <ibd-text-column name="opened" headerText="Открит" format="date" />
      <ibd-text-column name="seen" headerText="Видян" format="dateTime" />
      <ibd-text-column name="unit" headerText="Звено" [dataAccessor]="unitName" />
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
})
class HostComponent {
  readonly columns = ['code', 'opened', 'seen', 'unit'];
  readonly codeHeader = signal('Код');
  readonly rows = signal<Row[]>([
    { code: 'C-1', opened: '2025-03-12', seen: '2025-03-12T12:30:00Z', unit: { name: 'София' } },
    { code: 'C-2', opened: '2025-04-01', seen: null, unit: { name: 'Варна' } },
  ]);
  readonly unitName = (row: Row) => row.unit.name;
}

function texts(element: HTMLElement, selector: string): string[] {
  return [...element.querySelectorAll(selector)].map((cell) => cell.textContent);
}

describe('TextColumnComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] }));

  it('heads each column with its text, as a column header', async () => {
    const { element } = await render(HostComponent);
    expect(texts(element, 'th')).toEqual(['Код', 'Открит', 'Видян', 'Звено']);
    expect([...element.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('writes each row’s field as it is, dates as the app writes them, and nothing for a missing value', async () => {
    const { element } = await render(HostComponent);
    const rows = [...element.querySelectorAll('tr[mat-row]')].map((row) => texts(row as HTMLElement, 'td'));
    expect(rows).toEqual([
      ['C-1', formatDate('2025-03-12', 'bg'), formatDateTime('2025-03-12T12:30:00Z', 'bg'), 'София'],
      ['C-2', formatDate('2025-04-01', 'bg'), '', 'Варна'],
    ]);
  });

  it('follows a new header text and the language switch', async () => {
    const { fixture, host, element } = await render(HostComponent);
    host.codeHeader.set('Code');
    TestBed.inject(TranslocoService).setActiveLang('en');
    await fixture.whenStable();
    expect(element.querySelector('th')?.textContent).toBe('Code');
    expect(element.querySelector('tr[mat-row] td:nth-child(3)')?.textContent).toBe(
      formatDateTime('2025-03-12T12:30:00Z', 'en'),
    );
    expect(formatDateTime('2025-03-12T12:30:00Z', 'en')).not.toBe(formatDateTime('2025-03-12T12:30:00Z', 'bg'));
  });
});
