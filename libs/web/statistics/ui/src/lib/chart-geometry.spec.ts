import { barWidths, linePoints, niceMax, ticks } from './chart-geometry';

describe('chart geometry', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [1, 1],
    [7, 10],
    [12, 20],
    [23, 25],
    [180, 200],
    [0.3, 0.5],
  ])('niceMax(%p) = %p', (max, expected) => {
    expect(niceMax(max)).toBeCloseTo(expected);
  });

  it('spaces ticks evenly from zero', () => {
    expect(ticks(20, 4)).toEqual([0, 5, 10, 15, 20]);
  });

  it('scales bars to the rounded maximum', () => {
    expect(barWidths([10, 5, 0], 200)).toEqual([200, 100, 0]);
    expect(barWidths([7], 100)).toEqual([70]);
  });

  it('draws a series bottom-up across the width', () => {
    expect(linePoints([0, 5, 10], 100, 50, 10)).toBe('0,50 50,25 100,0');
    expect(linePoints([4], 100, 50, 10)).toBe('50,30');
    expect(linePoints([], 100, 50, 10)).toBe('');
  });
});
