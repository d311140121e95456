import { registerDecorator, ValidationOptions } from 'class-validator';

const SOFIA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Sofia',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Bulgaria as YYYY-MM-DD: a date "in the future" is one after this. */
export const todayInSofia = (now = new Date()): string => SOFIA_DATE.format(now);

export const yearInSofia = (now = new Date()): number => Number(todayInSofia(now).slice(0, 4));

export const isDateOnly = (value: unknown): value is string => {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** Full years between a birth date and a later date, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The same day `years` later (29 February becomes 1 March). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

const decorator =
  (name: string, message: string, validate: (value: unknown) => boolean) =>
  (options?: ValidationOptions) =>
  (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: `$property ${message}`, ...options },
      validator: { validate },
    });

/** A calendar date `YYYY-MM-DD` between 1900-01-01 and today (Europe/Sofia). */
export const IsPastDate = decorator(
  'isPastDate',
  'must be a date YYYY-MM-DD from 1900-01-01 up to today',
  (value) => isDateOnly(value) && value >= '1900-01-01' && value <= todayInSofia(),
);

/** A calendar date `YYYY-MM-DD` from 1900 on (future allowed: deadlines). */
export const IsDateOnly = decorator(
  'isDateOnly',
  'must be a date YYYY-MM-DD',
  (value) => isDateOnly(value) && value >= '1900-01-01' && value <= '2200-12-31',
);

/** An ISO 8601 timestamp with an offset, not more than five minutes ahead of the server clock. */
export const IsPastTimestamp = decorator(
  'isPastTimestamp',
  'must be an ISO 8601 timestamp with offset, not in the future',
  (value) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    Date.parse(value) <= Date.now() + 5 * 60_000 &&
    Date.parse(value) >= Date.parse('1900-01-01T00:00:00Z'),
);
