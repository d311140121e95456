import { withTotals } from './count-table';

describe('withTotals', () => {
  it('sums rows, columns and the whole table', () => {
    expect(
      withTotals([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({ rowTotals: [3, 7], columnTotals: [4, 6], grandTotal: 10 });
  });

  it('leaves a sum unknown when a cell in it is suppressed', () => {
    expect(
      withTotals([
        [1, null],
        [3, 4],
      ]),
    ).toEqual({ rowTotals: [null, 7], columnTotals: [4, null], grandTotal: null });
  });

  it('handles an empty table', () => {
    expect(withTotals([])).toEqual({ rowTotals: [], columnTotals: [], grandTotal: 0 });
  });
});
