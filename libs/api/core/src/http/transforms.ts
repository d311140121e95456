import { Transform } from 'class-transformer';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** A string field without its surrounding white space; other values are left for the validators to name. */
export const Trim = () => Transform(({ value }: { value: unknown }) => trimmed(value));

/** A code (country, document): trimmed and upper-cased. */
export const TrimUpper = () =>
  Transform(({ value }: { value: unknown }) => {
    const text = trimmed(value);
    return typeof text === 'string' ? text.toUpperCase() : text;
  });

/** `true` / `false` in a query string as booleans; anything else is left for @IsBoolean to name. */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
