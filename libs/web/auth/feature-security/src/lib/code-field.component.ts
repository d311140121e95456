import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldErrorComponent } from '@ibd/web/shared/ui';

/** The messages of the code field: 6 digits, and a code the API did not take (`wrong`, see `submitCode`). */
const CODE_ERROR_KEYS = { pattern: 'security.code.hint', wrong: 'security.code.wrong' };

/** The field for the 6-digit code of the authenticator app, with its hint and messages. */
@Component({
  selector: 'ibd-code-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorComponent],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ 'security.code.label' | transloco }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength="6"
        required
        [attr.data-testid]="testId()"
      />
      <mat-hint>{{ 'security.code.hint' | transloco }}</mat-hint>
      <ibd-field-error matError [control]="control()" [keys]="errorKeys" [attr.data-testid]="testId() + '-error'" />
    </mat-form-field>
  `,
  styles: ':host { display: block; width: 100%; } mat-form-field { width: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CodeFieldComponent {
  readonly control = input.required<FormControl<string>>();
  /** `data-testid` of the input; its message has the same with `-error`. */
  readonly testId = input.required<string>();

  protected readonly errorKeys = CODE_ERROR_KEYS;
}
