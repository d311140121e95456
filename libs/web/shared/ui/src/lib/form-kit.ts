import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

import { FieldErrorComponent } from './field-error.component';
import { SelectFieldComponent } from './select-field.component';
import { SubmissionErrorComponent } from './submission-error.component';

/**
 * What the template of a form uses, for a component's `imports`: reactive forms, Material's field,
 * input and buttons, translations, and the kit's field error, select field and submission error.
 */
export const FORM_KIT = [
  ReactiveFormsModule,
  MatButtonModule,
  MatFormFieldModule,
  MatInputModule,
  TranslocoPipe,
  FieldErrorComponent,
  SelectFieldComponent,
  SubmissionErrorComponent,
] as const;
