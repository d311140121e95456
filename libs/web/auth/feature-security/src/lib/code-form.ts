import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { Observable } from 'rxjs';

import { TOTP_CODE_PATTERN } from '@ibd/shared/contracts';
import type { Submission } from '@ibd/web/shared/util';

/** A form with one field for the 6-digit code of the authenticator app. */
export function codeForm() {
  return inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)]],
  });
}

export type CodeForm = ReturnType<typeof codeForm>;

/**
 * Sends the form's code through `submission`. The API answers 400 for a code that is not current:
 * that is shown at the field (`ibd-code-field`); anything else (429 once wrong codes have locked the
 * account) goes to the submission's error box.
 */
export function submitCode<T>(
  submission: Submission,
  form: CodeForm,
  request: (code: string) => Observable<T>,
  done: (value: T) => void,
): void {
  submission.submit(form, () => request(form.getRawValue().code), {
    done,
    handle: (error) => {
      if (error.status !== 400) return false;
      form.controls.code.markAsTouched();
      form.controls.code.setErrors({ wrong: true });
      return true;
    },
  });
}
