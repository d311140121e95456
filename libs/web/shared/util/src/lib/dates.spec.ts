import { addDays, daysBetween, firstOfMonth, isoDate } from './dates';

describe('dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('addDays(%p, %p) = %p', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('reads the date in Bulgaria, not in UTC', () => {
    expect(isoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('finds the first of the month', () => {
    expect(firstOfMonth('2026-07-19')).toBe('2026-07-01');
  });
});
