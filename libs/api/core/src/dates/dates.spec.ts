import { addDays, addYears, ageOn, isDateOnly, todayInSofia } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    [20240101, false],
  ])('isDateOnly(%j) is %s', (value, ok) => {
    expect(isDateOnly(value)).toBe(ok);
  });

  it.each([
    ['2008-05-10', '2026-05-09', 17],
    ['2008-05-10', '2026-05-10', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('someone born %s is %i on %s', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });

  it.each([
    ['2026-03-15', 5, '2031-03-15'],
    ['2028-02-29', 1, '2029-03-01'],
  ])('%s plus %i years is %s', (date, years, later) => {
    expect(addYears(date, years)).toBe(later);
  });

  it('takes today in Sofia, which is ahead of UTC', () => {
    expect(todayInSofia(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
