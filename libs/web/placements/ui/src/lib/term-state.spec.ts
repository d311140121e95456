import { termState } from './term-state';

describe('termState', () => {
  it.each([
    [false, null, true, 'free'],
    [true, { daysLeft: 30, endingSoon: false }, true, 'ok'],
    [true, { daysLeft: 8, endingSoon: true }, true, 'ending'],
    [true, { daysLeft: 0, endingSoon: true }, true, 'ending'],
    [true, { daysLeft: -1, endingSoon: true }, true, 'overdue'],
    [true, null, true, 'ok'],
    [false, null, false, 'inactive'],
  ] as const)('occupied %p, term %j, active %p: %p', (occupied, term, active, expected) => {
    expect(termState(occupied, term, active)).toBe(expected);
  });
});
