import { ChangeDetectionStrategy, Component, inject, input, ViewEncapsulation } from '@angular/core';
import { MatTableModule, MatTextColumn } from '@angular/material/table';
import { TranslocoService } from '@jsverse/transloco';

import { formatDate, formatDateTime } from '@ibd/web/shared/util';

/** How a text column writes its value: as it is, or as a date (with the time) in the active language. */
export type TextColumnFormat = 'text' | 'date' | 'dateTime';

/**
 * A table column whose cell is one field of the row as text, under a header the caller has translated:
 * Material's `mat-text-column` (it adds itself to the table around it; `name` is the column's name and
 * the field read, `dataAccessor` reads another way), with the header cell a column header like the app's
 * other tables' and, with `format`, dates written as the ibdDate / ibdDateTime pipes write them.
 *
 * `<ibd-text-column name="at" [headerText]="'audit.at' | transloco" format="dateTime" />`
 */
@Component({
  selector: 'ibd-text-column',
  imports: [MatTableModule],
  template: `
    <ng-container matColumnDef>
      <th mat-header-cell *matHeaderCellDef scope="col">{{ headerText }}</th>
      <td mat-cell *matCellDef="let row">{{ text(row) }}</td>
    </ng-container>
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextColumnComponent<T> extends MatTextColumn<T> {
  private readonly transloco = inject(TranslocoService);

  readonly format = input<TextColumnFormat>('text');

  /** The cell's text; read on each check, so dates follow the language switch as the pipes do. */
  protected text(row: T): string {
    const value = this.dataAccessor(row, this.name) as unknown;
    switch (this.format()) {
      case 'date':
        return formatDate(value as string | null, this.transloco.getActiveLang());
      case 'dateTime':
        return formatDateTime(value as string | null, this.transloco.getActiveLang());
      default:
        return value === null || value === undefined ? '' : String(value);
    }
  }
}
