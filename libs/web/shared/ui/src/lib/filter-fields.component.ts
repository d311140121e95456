import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { SubscriptSizing } from '@angular/material/form-field';

import { SelectFieldComponent, type SelectOption } from './select-field.component';

/** One select of a list's filter: the filter property it sets, its label and its choices. */
export interface FilterField<F> {
  readonly name: keyof F & string;
  /** Translation key of the label. */
  readonly label: string;
  readonly options: readonly SelectOption[];
  /** Put on the `mat-select` as `data-testid`. */
  readonly testId?: string;
}

/**
 * The selects of a list's filter, each led by "all" (`null`): one `ibd-select-field` per field, showing
 * the filter's current value and emitting the one property the user changed, ready for a store's
 * `setFilter`. The host takes no box of its own, so the selects sit in the page's filter row.
 *
 * ```html
 * <ibd-filter-fields [fields]="filterFields" [filter]="store.filter()" (filterChange)="store.setFilter($event)" />
 * ```
 */
@Component({
  selector: 'ibd-filter-fields',
  imports: [SelectFieldComponent],
  template: `
    @for (field of fields(); track field.name) {
      <ibd-select-field
        [label]="field.label"
        [options]="field.options"
        empty="common.all"
        [emptyValue]="null"
        [value]="filter()[field.name]"
        (valueChange)="changed(field.name, $event)"
        [testId]="field.testId"
        [subscriptSizing]="subscriptSizing()"
      />
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterFieldsComponent<F extends object> {
  readonly fields = input.required<readonly FilterField<F>[]>();
  /** The list's filter as it stands. */
  readonly filter = input.required<F>();
  readonly subscriptSizing = input<SubscriptSizing>('fixed');
  /** The property the user changed, with its new value (`null` for "all"). */
  readonly filterChange = output<Partial<F>>();

  protected changed(name: keyof F & string, value: unknown): void {
    this.filterChange.emit({ [name]: value } as Partial<F>);
  }
}
