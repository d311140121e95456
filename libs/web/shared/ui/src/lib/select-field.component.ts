import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  contentChild,
  effect,
  input,
  model,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule, MatHint, type SubscriptSizing } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

import { type FieldErrorKeys, FieldErrorComponent } from './field-error.component';
import { IbdCountryPipe } from './locale.pipes';

/**
 * One choice of an `ibd-select-field`: its value and what the user reads, given by exactly one of
 * `key` (a translation key), `text` (shown as is) or `country` (an ISO code, shown as the country's
 * name in the UI language). Build lists with `codeOptions`, `countryOptions`, `unitOptions` or
 * `textOptions`.
 */
export interface SelectOption<T = unknown> {
  readonly value: T;
  readonly key?: string;
  readonly text?: string;
  readonly country?: string;
}

/** Code-list values, each read as the translation of `prefix + code` (`codeOptions(URGENCIES, 'code.urgency.')`). */
export function codeOptions<T extends string>(codes: readonly T[], prefix: string): SelectOption<T>[] {
  return codes.map((code) => ({ value: code, key: prefix + code }));
}

/** ISO country codes, each read as the country's name in the UI language. */
export function countryOptions<T extends string>(codes: readonly T[]): SelectOption<T>[] {
  return codes.map((code) => ({ value: code, country: code }));
}

/** Units by id, each read as `code · name`. */
export function unitOptions(units: readonly { id: string; code: string; name: string }[]): SelectOption<string>[] {
  return units.map((unit) => ({ value: unit.id, text: `${unit.code} · ${unit.name}` }));
}

/** Any items, with their value and plain text picked out (`textOptions(cases, (c) => c.id, (c) => c.code)`). */
export function textOptions<I, T>(
  items: readonly I[],
  value: (item: I) => T,
  text: (item: I) => string,
): SelectOption<T>[] {
  return items.map((item) => ({ value: value(item), text: text(item) }));
}

/**
 * A whole outlined select field: label, an optional leading empty choice, the options, a hint
 * (written as content: `<ibd-select-field …><mat-hint>…</mat-hint></ibd-select-field>`) and the
 * field's error message.
 *
 * Two ways to hold the value (use one):
 * - a reactive form field: `[control]="form.controls.urgency"` binds the `FormControl` object itself
 *   (also inside a `[formGroup]`; no `formControlName`);
 * - a filter or a plain property: `[value]="store.filter().status" (valueChange)="setStatus($event)"`,
 *   or `[(value)]="facilityId"`; `valueChange` fires only when the user picks a choice.
 *
 * The field shows `ibd-field-error` for its control once touched (`errorKeys` names messages beyond
 * `required`).
 *
 * ```html
 * <ibd-select-field label="referrals.urgency" [options]="urgencyOptions" [control]="form.controls.urgency" required testId="referral-urgency" />
 * <ibd-select-field label="referrals.status" [options]="statusOptions" empty="common.all" [emptyValue]="null"
 *   [value]="store.filter().status" (valueChange)="setStatus($event)" subscriptSizing="dynamic" />
 * ```
 *
 * `testId` lands as `data-testid` on the `mat-select`, where tests click. The host is laid out as if
 * it were the `mat-form-field` itself (`display: contents`), so grids and rows place the field as before.
 */
@Component({
  selector: 'ibd-select-field',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslocoPipe,
    IbdCountryPipe,
    FieldErrorComponent,
  ],
  template: `
    @let held = control() ?? own;
    <mat-form-field appearance="outline" [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-select
        [formControl]="held"
        (selectionChange)="chosen($event.value)"
        [multiple]="multiple()"
        [required]="required()"
        [attr.data-testid]="testId()"
        [aria-describedby]="hint()?.id ?? ''"
      >
        @if (empty(); as empty) {
          <mat-option [value]="emptyValue()">{{ empty | transloco }}</mat-option>
        }
        @for (option of options(); track option.value) {
          <mat-option [value]="option.value">
            @if (option.key) {
              {{ option.key | transloco }}
            } @else if (option.country) {
              {{ option.country | ibdCountry }}
            } @else {
              {{ option.text }}
            }
          </mat-option>
        }
      </mat-select>
      <!-- Written as the form field's own hint slot so that it lands there. -->
      <ng-container ngProjectAs="mat-hint:not([align='end'])"><ng-content select="mat-hint" /></ng-container>
      <ibd-field-error matError [control]="held" [keys]="errorKeys()" />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectFieldComponent<V = unknown> {
  /** Translation key of the field's label. */
  readonly label = input.required<string>();
  readonly options = input.required<readonly SelectOption[]>();
  /** The reactive form control that holds the value (else use `value`). */
  readonly control = input<FormControl | null>(null);
  /** The value when there is no `control`; two-way bindable (unset while a `control` holds it). */
  readonly value = model<V>(undefined as V);
  /** Translation key of a first choice for "no value" (`common.none`, `common.all`); none without it. */
  readonly empty = input<string>();
  /** The value of that first choice: `''` unless given (filters pass `null`). */
  readonly emptyValue = input<unknown>('');
  readonly multiple = input(false, { transform: booleanAttribute });
  readonly required = input(false, { transform: booleanAttribute });
  /** Put on the `mat-select` as `data-testid`. */
  readonly testId = input<string>();
  /** Messages for validator errors beyond `required`, as for `ibd-field-error`. */
  readonly errorKeys = input<FieldErrorKeys>({});
  /** As `mat-form-field`'s (`dynamic`: no room kept below the field for a hint or an error). */
  readonly subscriptSizing = input<SubscriptSizing>('fixed');

  /** A projected `<mat-hint>`: the form field cannot see it, so the select names it for screen readers itself. */
  protected readonly hint = contentChild(MatHint);
  /** Holds `value` for the select when no `control` is given, so that one select serves both ways. */
  protected readonly own = new FormControl<unknown>(null);

  constructor() {
    effect(() => this.own.setValue(this.value(), { emitEvent: false }));
  }

  protected chosen(value: V): void {
    if (!this.control()) this.value.set(value);
  }
}
