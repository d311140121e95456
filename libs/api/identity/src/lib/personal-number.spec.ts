import {
  egnBirthDate,
  isValidEgn,
  isValidLnch,
  isValidPersonalNumber,
  normalizePersonalNumber,
} from './personal-number';

describe('ЕГН', () => {
  it.each([
    ['7503169269', true, 'a 1975 birth date and a matching checksum'],
    ['0445281239', true, 'a 2000s birth (month + 40)'],
    ['8523123454', true, 'an 1800s birth (month + 20)'],
    ['0042290000', true, '29 February 2000'],
    ['7503169268', false, 'a wrong checksum'],
    ['7513169262', false, 'month 13'],
    ['7502309262', false, '30 February'],
    ['0002290001', false, '29 February 1900, not a leap year'],
    ['750316926', false, 'nine digits'],
    ['75031692690', false, 'eleven digits'],
    ['75O3169269', false, 'a letter'],
    ['', false, 'nothing'],
  ])('%s is valid: %s (%s)', (egn, valid) => {
    expect(isValidEgn(egn)).toBe(valid);
  });

  it.each([
    ['7503169269', '1975-03-16'],
    ['0445281239', '2004-05-28'],
    ['8523123454', '1885-03-12'],
    ['7502309262', null],
  ])('%s encodes the birth date %s', (egn, date) => {
    expect(egnBirthDate(egn)).toBe(date);
  });
});

describe('ЛНЧ', () => {
  it.each([
    ['1000000001', true],
    ['1234567893', true],
    ['1234567890', false],
    ['123456789', false],
    ['12345678a3', false],
  ])('%s is valid: %s', (lnch, valid) => {
    expect(isValidLnch(lnch)).toBe(valid);
  });

  it('checks each number by its own rule', () => {
    expect(isValidPersonalNumber('1234567893', 'lnch')).toBe(true);
    expect(isValidPersonalNumber('1234567893', 'egn')).toBe(false);
    expect(isValidPersonalNumber('7503169269', 'egn')).toBe(true);
  });
});

describe('normalizePersonalNumber', () => {
  it.each([
    ['750316 9269', '7503169269'],
    ['750-316-9269', '7503169269'],
    [' 7503169269 ', '7503169269'],
  ])('%j -> %s', (input, output) => {
    expect(normalizePersonalNumber(input)).toBe(output);
  });
});
