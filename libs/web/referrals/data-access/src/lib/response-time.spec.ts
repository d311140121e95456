import { splitMinutes } from './response-time';

describe('splitMinutes', () => {
  it.each([
    [0, { days: 0, hours: 0, minutes: 0 }],
    [59, { days: 0, hours: 0, minutes: 59 }],
    [61, { days: 0, hours: 1, minutes: 1 }],
    [1440 + 125, { days: 1, hours: 2, minutes: 5 }],
    [-5, { days: 0, hours: 0, minutes: 0 }],
  ])('%p minutes', (total, expected) => {
    expect(splitMinutes(total)).toEqual(expected);
  });
});
