import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';

import { TOTP_CODE_PATTERN } from '@ibd/shared/contracts';
import { errorKeyFor, parseApiError } from '@ibd/web/shared/util';

/** A form with one field for the 6-digit code of the authenticator app. */
export function codeForm() {
  return inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)]],
  });
}

/**
 * Where a refused code goes: the API answers 400 for a code that is not current (shown at the field)
 * and 429 once the wrong codes have locked the account.
 */
export function codeErrorKey(error: unknown): { field: boolean; key: string } {
  const status = parseApiError(error).status;
  if (status === 400) return { field: true, key: 'security.code.wrong' };
  return { field: false, key: status === 429 ? 'login.error.locked' : errorKeyFor(status) };
}
