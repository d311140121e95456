import type { BirthInfo } from '@ibd/api/victims';
import { addDays, ageOn } from '@ibd/api/core';

/**
 * Under 18 on the identification date. With only a birth year, a person who may still be 17 is
 * presumed a child (Directive 2011/36/EU, art. 13(2)); with no birth data, an adult.
 */
export function isChildAt(birth: BirthInfo, identifiedAt: string): boolean {
  if (birth.dateOfBirth) return ageOn(birth.dateOfBirth, identifiedAt) < 18;
  if (birth.birthYear !== null) return Number(identifiedAt.slice(0, 4)) - birth.birthYear <= 18;
  return false;
}

/** An adult's reflection period runs from formal identification; children get none. */
export const reflectionEnd = (
  child: boolean,
  formalIdentifiedAt: string | null | undefined,
  days: number,
): string | null => (!child && formalIdentifiedAt ? addDays(formalIdentifiedAt, days) : null);

/** Transnational unless every named country is Bulgaria. */
export const isTransnational = (countries: string[]): boolean => countries.some((country) => country !== 'BG');

/** Dates of a case that fall before the person's birth, as messages naming the field. */
export function datesBeforeBirth(birth: BirthInfo, dates: Record<string, string | null | undefined>): string[] {
  return Object.entries(dates)
    .filter(
      ([, date]) =>
        date &&
        (birth.dateOfBirth
          ? date < birth.dateOfBirth
          : birth.birthYear !== null && Number(date.slice(0, 4)) < birth.birthYear),
    )
    .map(([field]) => `${field} must not be before the date of birth`);
}
