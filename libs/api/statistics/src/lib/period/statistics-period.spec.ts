import { isCalendarDate, latestEnd, today } from './statistics-period';

describe('statistics periods', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false],
    [20260101, false],
  ])('%j is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('allows ten years at most, the last day included', () => {
    expect(latestEnd('2016-01-01')).toBe('2025-12-31');
    expect(latestEnd('2016-03-01')).toBe('2026-02-28');
  });

  it("takes today's date in Sofia, which is ahead of UTC", () => {
    expect(today(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01');
    expect(today(new Date('2026-06-30T20:30:00Z'))).toBe('2026-06-30');
  });
});
