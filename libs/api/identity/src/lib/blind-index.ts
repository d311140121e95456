import { createHmac } from 'node:crypto';
import { normalizePersonalNumber } from './personal-number';
import { foldName } from './transliteration';

/**
 * Keyed blind indexes (HMAC-SHA256, hex) for exact lookups over encrypted identity. Each kind has
 * its own prefix, so a personal number never collides with a name.
 */
export class BlindIndex {
  /** While BLIND_INDEX_KEY is being rotated: the index under the key being replaced. */
  readonly previous: BlindIndex | null;

  constructor(
    private readonly key: Buffer,
    previousKey?: Buffer,
  ) {
    this.previous = previousKey ? new BlindIndex(previousKey) : null;
  }

  /**
   * Every value a lookup must match: under the active key and, during a rotation, under the
   * previous key too, so that rows the rotation has not reached yet are still found.
   */
  lookups(derive: (index: BlindIndex) => string): string[] {
    return this.previous ? [derive(this), derive(this.previous)] : [derive(this)];
  }

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
