import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { IbdNumberPipe } from '@ibd/web/shared/ui';

import { withTotals } from './count-table';

export interface CountTable {
  title?: string;
  rowHeading: string;
  rowLabels: string[];
  columnLabels: string[];
  /** Counts; null is a suppressed cell. */
  cells: Array<Array<number | null>>;
  rowTotals?: Array<number | null>;
  columnTotals?: Array<number | null>;
  grandTotal?: number | null;
}

/** A two-way table of counts with totals; totals are computed when the table does not carry them. */
@Component({
  selector: 'ibd-count-table',
  imports: [IbdNumberPipe],
  template: `
    <div class="wrap" tabindex="0" role="region" [attr.aria-label]="table().title ?? table().rowHeading">
      <table data-testid="count-table">
        <caption>
          {{
            table().title ?? table().rowHeading
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ table().rowHeading }}</th>
            @for (label of table().columnLabels; track $index) {
              <th scope="col">{{ label }}</th>
            }
            <th scope="col">{{ totalLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (label of table().rowLabels; track $index; let r = $index) {
            <tr>
              <th scope="row">{{ label }}</th>
              @for (cell of table().cells[r]; track $index) {
                <td>{{ cell === null ? suppressedLabel() : (cell | ibdNumber) }}</td>
              }
              <td class="total">
                {{ totals().rowTotals[r] === null ? suppressedLabel() : (totals().rowTotals[r] | ibdNumber) }}
              </td>
            </tr>
          }
          <tr class="total">
            <th scope="row">{{ totalLabel() }}</th>
            @for (cell of totals().columnTotals; track $index) {
              <td>{{ cell === null ? suppressedLabel() : (cell | ibdNumber) }}</td>
            }
            <td>{{ totals().grandTotal === null ? suppressedLabel() : (totals().grandTotal | ibdNumber) }}</td>
          </tr>
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .wrap {
      overflow-x: auto;
      margin-block: 1rem;
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-block-end: 0.25rem;
    }
    th,
    td {
      padding: 0.375rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: end;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }
    .total {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CountTableComponent {
  readonly table = input.required<CountTable>();
  readonly totalLabel = input.required<string>();
  /** Shown in place of a suppressed count. */
  readonly suppressedLabel = input('✱');

  protected readonly totals = computed(() => {
    const table = this.table();
    const computedTotals = withTotals(table.cells);
    return {
      rowTotals: table.rowTotals ?? computedTotals.rowTotals,
      columnTotals: table.columnTotals ?? computedTotals.columnTotals,
      grandTotal: table.grandTotal !== undefined ? table.grandTotal : computedTotals.grandTotal,
    };
  });
}
