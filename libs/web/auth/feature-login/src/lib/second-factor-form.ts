import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';

import { TOTP_CODE_PATTERN } from '@ibd/shared/contracts';

/** The code step of a sign-in: a code of the app, or (instead) a recovery code. */
export function secondFactorForm() {
  return inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)]],
    // As the API takes them: 10 letters and digits, a dash or spaces allowed.
    recoveryCode: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(32)]],
  });
}
