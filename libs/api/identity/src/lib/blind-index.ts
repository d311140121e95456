import { createHmac } from 'node:crypto';
import { normalizePersonalNumber } from './personal-number';
import { foldName } from './transliteration';

/**
 * Keyed blind indexes (HMAC-SHA256, hex) for exact lookups over encrypted identity. Each kind has
 * its own prefix, so a personal number never collides with a name.
 */
export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  personalNumber(value: string): string {
    return this.hmac(`pn:${normalizePersonalNumber(value)}`);
  }

  /** Names folded across Cyrillic and Latin, in any word order. */
  name(...parts: string[]): string {
    return this.hmac(`name:${foldName(...parts)}`);
  }

  nameAndBirthDate(firstName: string, lastName: string, dateOfBirth: string): string {
    return this.hmac(`name-dob:${foldName(firstName, lastName)}:${dateOfBirth}`);
  }

  private hmac(value: string): string {
    return createHmac('sha256', this.key).update(value, 'utf8').digest('hex');
  }
}
