import { daysBetween, daysLeft, sofiaDate, stayLimitDate } from './stay-term';

describe('stay term arithmetic (Europe/Sofia)', () => {
  it.each([
    // winter (UTC+2): 21:59Z is 23:59 the same day, 22:00Z is midnight of the next
    ['2026-01-14T21:59:59Z', '2026-01-14', '2026-02-13'],
    ['2026-01-14T22:00:00Z', '2026-01-15', '2026-02-14'],
    // the night the clocks go forward (2026-03-29, 03:00 -> 04:00)
    ['2026-03-28T21:59:00Z', '2026-03-28', '2026-04-27'],
    ['2026-03-28T22:30:00Z', '2026-03-29', '2026-04-28'],
    ['2026-03-29T00:59:00Z', '2026-03-29', '2026-04-28'],
    ['2026-03-29T01:30:00Z', '2026-03-29', '2026-04-28'],
    // summer (UTC+3): 20:59Z is 23:59, 21:00Z is midnight
    ['2026-07-31T20:59:00Z', '2026-07-31', '2026-08-30'],
    ['2026-07-31T21:00:00Z', '2026-08-01', '2026-08-31'],
    // the night the clocks go back (2026-10-25, 04:00 -> 03:00)
    ['2026-10-24T20:59:59Z', '2026-10-24', '2026-11-23'],
    ['2026-10-24T21:00:00Z', '2026-10-25', '2026-11-24'],
    ['2026-10-25T00:30:00Z', '2026-10-25', '2026-11-24'],
    ['2026-10-25T01:30:00Z', '2026-10-25', '2026-11-24'],
    ['2026-10-25T21:59:00Z', '2026-10-25', '2026-11-24'],
    ['2026-10-25T22:00:00Z', '2026-10-26', '2026-11-25'],
  ])('admitted at %s: Sofia date %s, 30-day term ends %s', (at, date, limit) => {
    expect(sofiaDate(new Date(at))).toBe(date);
    expect(stayLimitDate(new Date(at), 30)).toBe(limit);
  });

  it('adds a longer term across the year end', () => {
    expect(stayLimitDate(new Date('2026-12-01T10:00:00Z'), 180)).toBe('2027-05-30');
  });

  it.each([
    ['2026-03-01', '2026-03-31', 30],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-04-10', '2026-04-09', -1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts days left from today in Sofia, 0 on the last day', () => {
    expect(daysLeft('2026-11-25', new Date('2026-11-24T22:30:00Z'))).toBe(0);
    expect(daysLeft('2026-11-25', new Date('2026-11-24T21:30:00Z'))).toBe(1);
    expect(daysLeft('2026-11-20', new Date('2026-11-25T12:00:00Z'))).toBe(-5);
  });
});
