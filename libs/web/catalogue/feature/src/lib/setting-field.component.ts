import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';

import { FieldErrorComponent } from '@ibd/web/shared/ui';
import { Submission } from '@ibd/web/shared/util';

import { SettingSaveComponent } from './setting-save.component';

/** A whole number; the upper bound is the API's to say, next to the field. */
function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || Number.isInteger(control.value) ? null : { wholeNumber: true };
}

/**
 * One numeric setting (a stay term, an alert threshold): its value in a field, saved on its own.
 * The API's validation message for the field is shown under it; other errors above the button.
 */
@Component({
  selector: 'ibd-setting-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorComponent, SettingSaveComponent],
  template: `
    <form class="setting" [formGroup]="form()" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ label() }}</mat-label>
        <input
          matInput
          type="number"
          inputmode="numeric"
          min="1"
          step="1"
          required
          [formControlName]="field()"
          [attr.data-testid]="testId()"
        />
        <span matTextSuffix>{{ unit() }}</span>
        <ibd-field-error
          matError
          [attr.data-testid]="testId() + '-error'"
          [control]="control()"
          [keys]="{
            required: 'settings.wholeNumber',
            min: 'settings.wholeNumber',
            wholeNumber: 'settings.wholeNumber',
          }"
        />
      </mat-form-field>
      <ibd-setting-save
        [submission]="submission"
        [testId]="testId()"
        [label]="label()"
        [updatedAt]="updatedAt()"
        [saved]="done()"
      >
        <p class="setting__note">{{ note() }}</p>
      </ibd-setting-save>
    </form>
  `,
  styles: `
    .setting {
      display: grid;
      grid-template-columns: minmax(14rem, 22rem) auto;
      gap: 0 1rem;
      align-items: start;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .setting__note {
      grid-column: 1 / -1;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingFieldComponent {
  /** Translated name of the setting; also the field's label. */
  readonly label = input.required<string>();
  readonly value = input.required<number>();
  /** Translated unit, shown after the number. */
  readonly unit = input.required<string>();
  /** The field as the API names it in its messages (`minStayDays`, `value`). */
  readonly field = input.required<string>();
  /** The legal basis, or what the setting does. */
  readonly note = input('');
  readonly updatedAt = input<string | null>(null);
  readonly testId = input.required<string>();
  /** Sends a new value to the API. */
  readonly save = input.required<(value: number) => Observable<unknown>>();
  /** After the API has taken a new value. */
  readonly saved = output<number>();

  /** A (re)loaded value replaces what was typed: the field shows what is stored. */
  protected readonly control = computed(
    () => new FormControl<number | null>(this.value(), [Validators.required, Validators.min(1), wholeNumber]),
  );
  protected readonly form = computed(() => new FormGroup({ [this.field()]: this.control() }));
  protected readonly submission = new Submission();
  protected readonly done = signal(false);

  protected submit(): void {
    const control = this.control();
    if (control.invalid || control.value === null) {
      control.markAsTouched();
      return;
    }
    const value = control.value;
    this.done.set(false);
    this.submission.send(this.save()(value), {
      form: this.form(),
      fields: [this.field()],
      boxOnlyForUnplaced: true,
      done: () => {
        this.done.set(true);
        this.saved.emit(value);
      },
    });
  }
}
