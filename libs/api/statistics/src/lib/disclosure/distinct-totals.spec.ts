import { alternativeTable, isConsistent } from './disclosure.checker';
import { Grid, withTotals } from './grid';
import { protectCounts } from './protect';

/** A table where a person can be in two rows: the distinct persons of a column are at most its sum. */
function multiValued(seed: number): { cells: number[][]; distinct: { columns: number[]; grand: number } } {
  let state = seed;
  const next = (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % (max + 1);
  };
  const cells = Array.from({ length: 2 + next(4) }, () =>
    Array.from({ length: 3 }, () => (next(3) === 0 ? next(12) : next(90))),
  );
  const columns = [0, 1, 2].map((j) => {
    const sum = cells.reduce((total, row) => total + row[j], 0);
    const largest = Math.max(...cells.map((row) => row[j]));
    return largest + next(sum - largest);
  });
  const grand = Math.max(...columns) + next(columns.reduce((a, b) => a + b, 0) - Math.max(...columns));
  return { cells, distinct: { columns, grand } };
}

describe('disclosure control of tables with distinct totals', () => {
  it('publishes distinct totals, and suppresses one below k even when the sum of its column is not', () => {
    const table = protectCounts(
      [
        [8, 40, 30],
        [7, 50, 60],
      ],
      { threshold: 11, rounding: 1 },
      { columns: [9, 80, 85], grand: 150 },
    );
    expect(table.columnTotals[0]).toBeNull();
    expect(table.columnTotals.slice(1).every((v, j) => v === null || v === [80, 85][j])).toBe(true);
    expect(table.grandTotal === null || table.grandTotal === 150).toBe(true);
    expect(table.rowTotals.every((v, i) => v === null || v === [78, 117][i])).toBe(true);
  });

  it('publishes no count from 1 to 10, and every suppressed cell keeps another value consistent with the publication', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { cells, distinct } = multiValued(seed);
      const table = protectCounts(cells, { threshold: 11, rounding: 1 }, distinct);
      const published = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal];
      expect({ seed, small: published.filter((v) => v !== null && v > 0 && v < 11) }).toEqual({ seed, small: [] });
      // The reader's worst case: nobody in two rows, so the totals would be the sums and add up.
      const sums = withTotals(cells);
      const shown: Grid<number | null> = [
        ...table.cells.map((row, i) => [...row, table.rowTotals[i]]),
        [...table.columnTotals, table.grandTotal],
      ].map((row, i) => row.map((value, j) => (value === null ? null : sums[i][j])));
      shown.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value !== null) return;
          const other = alternativeTable(sums, shown, [i, j]);
          expect({ seed, i, j, found: other !== null && isConsistent(shown, other) }).toEqual({
            seed,
            i,
            j,
            found: true,
          });
        }),
      );
    }
  });
});
