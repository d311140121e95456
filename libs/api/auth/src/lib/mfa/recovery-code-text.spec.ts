import { newRecoveryCodes, normaliseRecoveryCode } from './recovery-code-text';

describe('recovery codes', () => {
  it('come ten at a time, all different, in two groups of five unambiguous characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
  });

  it.each([
    ['ABCDE-FGHJK', 'ABCDEFGHJK'],
    ['abcde fghjk', 'ABCDEFGHJK'],
    [' abcdefghjk\n', 'ABCDEFGHJK'],
  ])('reads %j as %j', (typed, normal) => {
    expect(normaliseRecoveryCode(typed)).toBe(normal);
  });
});
