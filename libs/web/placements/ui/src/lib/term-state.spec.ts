import { termState } from './term-state';

describe('termState', () => {
  it.each([
    [false, null, true, 'free'],
    [true, 30, true, 'ok'],
    [true, 8, true, 'ok'],
    [true, 7, true, 'ending'],
    [true, 0, true, 'ending'],
    [true, -1, true, 'overdue'],
    [true, null, true, 'ok'],
    [false, null, false, 'inactive'],
  ] as const)('occupied %p, %p days left, active %p: %p', (occupied, daysLeft, active, expected) => {
    expect(termState(occupied, daysLeft, active)).toBe(expected);
  });
});
