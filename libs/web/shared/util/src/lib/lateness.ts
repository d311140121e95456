/** How late something is, as a translation key under `late` and the count it takes. */
export interface Lateness {
  key: 'late.hours' | 'late.day' | 'late.days';
  count: number;
}

const HOUR_MS = 3_600_000;

/**
 * How late a deadline (`dueAt`, a moment) or a term (`daysLeft` negative: days past) is at `now`:
 * hours within the first day (at least one), whole days after. Null when it is not late.
 */
export function lateness(due: { dueAt?: string | null; daysLeft?: number | null }, now = new Date()): Lateness | null {
  let days: number;
  if (due.dueAt) {
    const past = now.getTime() - new Date(due.dueAt).getTime();
    if (past <= 0) return null;
    const hours = Math.floor(past / HOUR_MS);
    if (hours < 24) return { key: 'late.hours', count: Math.max(1, hours) };
    days = Math.floor(hours / 24);
  } else if (due.daysLeft != null && due.daysLeft < 0) {
    days = -due.daysLeft;
  } else {
    return null;
  }
  return days === 1 ? { key: 'late.day', count: 1 } : { key: 'late.days', count: days };
}
