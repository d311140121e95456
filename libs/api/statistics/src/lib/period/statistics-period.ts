/** Days, months and years of the statistics are those of Bulgaria. */
export const STATISTICS_TIME_ZONE = 'Europe/Sofia';

/** The longest period one request may cover. */
export const MAX_PERIOD_YEARS = 10;

/** Today's date (YYYY-MM-DD) in the statistics' time zone. */
export const today = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: STATISTICS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** Is the text a real calendar date written YYYY-MM-DD? */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The last day a period starting on `from` may end on. */
export function latestEnd(from: string): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + MAX_PERIOD_YEARS);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
