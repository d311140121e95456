import { lateness } from './lateness';

const now = new Date('2026-08-15T12:00:00Z');

describe('lateness', () => {
  it.each([
    ['2026-08-15T13:00:00Z', null],
    ['2026-08-15T12:00:00Z', null],
    ['2026-08-15T11:40:00Z', { key: 'late.hours', count: 1 }],
    ['2026-08-15T07:00:00Z', { key: 'late.hours', count: 5 }],
    ['2026-08-14T12:00:00Z', { key: 'late.day', count: 1 }],
    ['2026-08-13T00:00:00Z', { key: 'late.days', count: 2 }],
  ])('a deadline at %s is %p late', (dueAt, expected) => {
    expect(lateness({ dueAt }, now)).toEqual(expected);
  });

  it('counts a term by the days past it', () => {
    expect(lateness({ dueAt: null, daysLeft: -3 }, now)).toEqual({ key: 'late.days', count: 3 });
    expect(lateness({ dueAt: null, daysLeft: -1 }, now)).toEqual({ key: 'late.day', count: 1 });
    expect(lateness({ dueAt: null, daysLeft: 0 }, now)).toBeNull();
    expect(lateness({ dueAt: null, daysLeft: 4 }, now)).toBeNull();
  });
});
