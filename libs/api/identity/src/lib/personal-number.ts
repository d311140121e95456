/** Bulgarian personal numbers: ЕГН (citizens) and ЛНЧ (foreigners), both 10 digits with a checksum. */
export type PersonalNumberType = 'egn' | 'lnch';
export const PERSONAL_NUMBER_TYPES: readonly PersonalNumberType[] = ['egn', 'lnch'];

const EGN_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];
const LNCH_WEIGHTS = [21, 19, 17, 13, 11, 9, 7, 3, 1];
const TEN_DIGITS = /^\d{10}$/;

const weightedSum = (digits: string, weights: number[]) =>
  weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

/** Spaces and dashes people type are dropped; nothing else is forgiven. */
export const normalizePersonalNumber = (value: string): string => value.replace(/[\s-]/g, '');

/** The birth date an ЕГН encodes (month +20 for the 1800s, +40 for the 2000s), or null if it encodes none. */
export function egnBirthDate(egn: string): string | null {
  if (!TEN_DIGITS.test(egn)) return null;
  let year = 1900 + Number(egn.slice(0, 2));
  let month = Number(egn.slice(2, 4));
  const day = Number(egn.slice(4, 6));
  if (month > 40) {
    year += 100;
    month -= 40;
  } else if (month > 20) {
    year -= 100;
    month -= 20;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date.toISOString().slice(0, 10) : null;
}

export function isValidEgn(value: string): boolean {
  if (!TEN_DIGITS.test(value) || egnBirthDate(value) === null) return false;
  const check = (weightedSum(value, EGN_WEIGHTS) % 11) % 10;
  return check === Number(value[9]);
}

export function isValidLnch(value: string): boolean {
  if (!TEN_DIGITS.test(value)) return false;
  return weightedSum(value, LNCH_WEIGHTS) % 10 === Number(value[9]);
}

export function isValidPersonalNumber(value: string, type: PersonalNumberType): boolean {
  return type === 'egn' ? isValidEgn(value) : isValidLnch(value);
}
