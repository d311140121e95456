/** PostgreSQL SQLSTATE codes the API turns into client errors. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_NOT_NULL_VIOLATION = '23502';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_INVALID_TEXT = '22P02';
export const PG_STRING_TOO_LONG = '22001';
export const PG_DATETIME_OVERFLOW = '22008';
export const PG_NUMERIC_OUT_OF_RANGE = '22003';
export const PG_RAISE_EXCEPTION = 'P0001';

/**
 * Domain libraries register a user-facing message for each named constraint they create, so a
 * violation reads "The bed is already taken for that period", not SQL.
 */
const constraintMessages = new Map<string, string>();

export function registerConstraintMessages(messages: Record<string, string>): void {
  for (const [name, message] of Object.entries(messages)) {
    constraintMessages.set(name, message);
  }
}

export function constraintMessage(name: string | undefined): string | undefined {
  return name ? constraintMessages.get(name) : undefined;
}
