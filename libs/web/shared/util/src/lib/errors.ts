/** Translation key of a general error by HTTP status; 400 and 409 carry their own message. */
export function errorKeyFor(status: number): string {
  switch (status) {
    case 0:
      return 'error.network';
    case 400:
      return 'error.validation';
    case 401:
    case 403:
      return 'error.forbidden';
    case 404:
      return 'error.notFound';
    case 409:
      return 'error.conflict';
    case 429:
      return 'error.tooMany';
    default:
      return 'error.generic';
  }
}

/** Translation key of a failed load (an error with an HTTP `status`, or any other), or null when none failed. */
export function errorKeyOf(error: unknown): string | null {
  if (!error) return null;
  const status = (error as { status?: unknown }).status;
  return errorKeyFor(typeof status === 'number' ? status : -1);
}
