import { datesBeforeBirth, isChildAt, isTransnational, reflectionEnd } from './case-rules';

describe('case rules', () => {
  it.each([
    [{ dateOfBirth: '2008-05-10', birthYear: 2008 }, '2026-05-09', true],
    [{ dateOfBirth: '2008-05-10', birthYear: 2008 }, '2026-05-10', false],
    [{ dateOfBirth: null, birthYear: 2008 }, '2026-01-01', true],
    [{ dateOfBirth: null, birthYear: 2007 }, '2026-12-31', false],
    [{ dateOfBirth: null, birthYear: null }, '2026-01-01', false],
  ])('%j identified %s is a child: %s', (birth, identifiedAt, child) => {
    expect(isChildAt(birth, identifiedAt)).toBe(child);
  });

  it.each([
    [false, '2026-03-10', 30, '2026-04-09'],
    [true, '2026-03-10', 30, null],
    [false, null, 30, null],
    [false, '2026-03-10', 45, '2026-04-24'],
  ])('reflection end (child %s, formal %s, %i days) is %s', (child, formal, days, end) => {
    expect(reflectionEnd(child, formal, days)).toBe(end);
  });

  it.each([
    [[], false],
    [['BG'], false],
    [['BG', 'DE'], true],
  ])('countries %j are transnational: %s', (countries, transnational) => {
    expect(isTransnational(countries)).toBe(transnational);
  });

  it('names each date before birth', () => {
    const birth = { dateOfBirth: '2000-06-01', birthYear: 2000 };
    expect(
      datesBeforeBirth(birth, { identifiedAt: '2000-05-31', formalIdentifiedAt: '2000-06-01', other: undefined }),
    ).toEqual(['identifiedAt must not be before the date of birth']);
    expect(datesBeforeBirth({ dateOfBirth: null, birthYear: 2000 }, { identifiedAt: '1999-12-31' })).toHaveLength(1);
  });
});
