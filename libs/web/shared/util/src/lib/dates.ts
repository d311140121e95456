const SOFIA = 'Europe/Sofia';

/** `YYYY-MM-DD` of a moment as seen in Bulgaria (the API's calendar). */
export function isoDate(moment: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SOFIA,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

export function todayIso(): string {
  return isoDate(new Date());
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The first day of the month of a `YYYY-MM-DD` date. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The ISO moment of a `datetime-local` value. Left at the default it was given ("now" when the form
 * opened), it is the exact current moment, so that quick successive steps keep their order.
 */
export function momentOf(value: string, defaultValue: string): string {
  return value === defaultValue ? new Date().toISOString() : new Date(value).toISOString();
}

/** A value for `<input type="datetime-local">`: local wall time, minutes precision. */
export function localDateTimeInput(moment: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
