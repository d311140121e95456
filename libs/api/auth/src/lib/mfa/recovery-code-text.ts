import { randomInt } from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '@ibd/shared/contracts';

/** Letters and digits that cannot be misread for one another (no I/1, O/0). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUP = 5;

/** 10 characters of 32 (50 bits), shown as `ABCDE-FGHJK`. */
function newCode(): string {
  const text = Array.from({ length: 2 * GROUP }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${text.slice(0, GROUP)}-${text.slice(GROUP)}`;
}

/** A new set of recovery codes, as shown once to the user. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
}

/** What is hashed and compared: upper case, without the dash or spaces a user may type. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
