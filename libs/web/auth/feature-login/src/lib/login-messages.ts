const ERROR_KEYS: Readonly<Record<number, string>> = {
  0: 'login.error.network',
  401: 'login.error.credentials',
  429: 'login.error.locked',
};

const REASON_KEYS: Readonly<Record<string, string>> = {
  idle: 'login.reason.idle',
  expired: 'login.reason.expired',
};

/** Translation key for a failed sign-in; `status` 0 is how HttpClient reports a network error. */
export function loginErrorKey(error: unknown): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return (typeof status === 'number' && ERROR_KEYS[status]) || 'login.error.generic';
}

/** Translation key explaining why the user was sent back to sign in, if any. */
export function signOutReasonKey(reason: string | undefined): string | null {
  return (reason && REASON_KEYS[reason]) || null;
}
