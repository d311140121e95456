import { randomBytes } from 'node:crypto';
import { BlindIndex } from './blind-index';

const index = new BlindIndex(randomBytes(32));

describe('BlindIndex', () => {
  it('collides for Cyrillic and Latin spellings of the same name and birth date', () => {
    expect(index.nameAndBirthDate('Мария', 'Иванова', '1990-05-01')).toBe(
      index.nameAndBirthDate('Maria', 'Ivanova', '1990-05-01'),
    );
    expect(index.nameAndBirthDate('Мария', 'Иванова', '1990-05-01')).not.toBe(
      index.nameAndBirthDate('Maria', 'Ivanova', '1990-05-02'),
    );
  });

  it('normalises personal numbers and keeps kinds apart', () => {
    expect(index.personalNumber('750316 9269')).toBe(index.personalNumber('7503169269'));
    expect(index.personalNumber('7503169269')).not.toBe(index.name('7503169269'));
  });

  it('depends on the key', () => {
    expect(new BlindIndex(randomBytes(32)).name('Maria')).not.toBe(index.name('Maria'));
    expect(index.name('Maria')).toMatch(/^[0-9a-f]{64}$/);
  });
});
