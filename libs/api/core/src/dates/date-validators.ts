import { registerDecorator, ValidationOptions } from 'class-validator';
import { isDateOnly, todayInSofia } from './dates';

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
