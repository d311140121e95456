import { alternativeTable, intervalBounds, isConsistent } from './disclosure.checker';
import { Grid, withTotals } from './grid';
import { DisclosureRules, effectiveThreshold, protectCounts } from './protect';
import { primarySuppression, suppress } from './suppression';

/** A small deterministic generator (mulberry32), so a failing table can be reproduced from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tables like the reporting tables: many zeros and small counts, some large ones. */
function generateTable(seed: number): number[][] {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const rows = 1 + int(6);
  const columns = 1 + int(6);
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => {
      const kind = next();
      return kind < 0.25 ? 0 : kind < 0.65 ? 1 + int(12) : 10 + int(200);
    }),
  );
}

const publishedGrid = (grid: Grid<number>, mask: Grid<boolean>): Grid<number | null> =>
  grid.map((row, i) => row.map((value, j) => (mask[i][j] ? null : value)));

const entriesOf = <T>(grid: Grid<T>) => grid.flatMap((row, i) => row.map((value, j) => ({ value, i, j })));

const RULES: DisclosureRules[] = [
  { threshold: 11, rounding: 1 },
  { threshold: 5, rounding: 1 },
  { threshold: 3, rounding: 1 },
  { threshold: 11, rounding: 5 },
  { threshold: 11, rounding: 10 },
];
const SEEDS = Array.from({ length: 200 }, (_, n) => n + 1);

describe('disclosure control', () => {
  describe.each(RULES)('with k = $threshold and rounding $rounding, on 200 generated tables', (rules) => {
    it('publishes no count from 1 to k - 1, and only multiples of the rounding resolution', () => {
      for (const seed of SEEDS) {
        const table = protectCounts(generateTable(seed), rules);
        const published = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal].filter(
          (v) => v !== null,
        );
        for (const value of published) {
          expect({ seed, smallCount: value > 0 && value < rules.threshold }).toEqual({ seed, smallCount: false });
          expect({ seed, remainder: value % rules.rounding }).toEqual({ seed, remainder: 0 });
        }
      }
    });

    it('leaves at least two possible values for every suppressed count, given everything published', () => {
      for (const seed of SEEDS) {
        const grid = withTotals(generateTable(seed));
        const published = publishedGrid(grid, suppress(grid, effectiveThreshold(rules)));
        if (published.every((row) => row.every((value) => value === null))) {
          continue; // nothing published, nothing to work back from
        }
        const bounds = intervalBounds(published);
        for (const { i, j } of entriesOf(published).filter(({ value }) => value === null)) {
          expect({ seed, i, j, narrowed: bounds[i][j].max <= bounds[i][j].min }).toEqual({
            seed,
            i,
            j,
            narrowed: false,
          });
          const other = alternativeTable(grid, published, [i, j]);
          expect({
            seed,
            i,
            j,
            alternative: other !== null && isConsistent(published, other) && other[i][j] !== grid[i][j],
          }).toEqual({
            seed,
            i,
            j,
            alternative: true,
          });
        }
      }
    });
  });

  it('suppresses exactly the counts from 1 to k - 1 in primary suppression', () => {
    expect(primarySuppression([[0, 1, 10, 11, 200]], 11)).toEqual([[false, true, true, false, false]]);
  });

  it('hides a second cell of the row and column of a lone small count, choosing the smallest non-zero ones', () => {
    const table = protectCounts(
      [
        [3, 40, 0, 25],
        [30, 50, 60, 70],
        [12, 90, 14, 80],
      ],
      { threshold: 11, rounding: 1 },
    );
    expect(table.cells).toEqual([
      [null, 40, 0, null],
      [30, 50, 60, 70],
      [null, 90, 14, null],
    ]);
    expect(table.rowTotals).toEqual([68, 210, 196]);
    expect(table.columnTotals).toEqual([45, 180, 74, 175]);
    expect(table.grandTotal).toBe(474);
  });

  it('suppresses a small total and a second entry of the line of totals', () => {
    const table = protectCounts(
      [
        [2, 3, 100],
        [50, 60, 70],
      ],
      { threshold: 11, rounding: 1 },
    );
    expect(table.cells).toEqual([
      [null, null, 100],
      [null, null, 70],
    ]);
    expect(table.rowTotals).toEqual([105, 180]);
    expect(table.columnTotals).toEqual([52, 63, 170]);
    expect(table.grandTotal).toBe(285);
  });

  it('closes a cycle through a suppressed count that a chain of lines would give away', () => {
    // Every line holds two or more small counts, yet 4 at (0, 2) joins two separate 2x2 blocks:
    // adding rows 0-1 and subtracting columns 0-1 isolates it.
    const grid = withTotals([
      [2, 3, 4, 50, 60],
      [5, 6, 70, 80, 90],
      [40, 50, 7, 8, 100],
      [60, 70, 9, 2, 110],
    ]);
    const primary = primarySuppression(grid, 11);
    expect(intervalBounds(publishedGrid(grid, primary))[0][2].max).toBeGreaterThan(4);
    expect(alternativeTable(grid, publishedGrid(grid, primary), [0, 2])).toBeNull();

    const published = publishedGrid(grid, suppress(grid, 11));
    for (const { i, j } of entriesOf(published).filter(({ value }) => value === null)) {
      expect(alternativeTable(grid, published, [i, j])).not.toBeNull();
    }
  });

  it('rounds published counts down and raises k to the next multiple of the resolution', () => {
    expect(effectiveThreshold({ threshold: 11, rounding: 5 })).toBe(15);
    const table = protectCounts(
      [
        [17, 15],
        [15, 30],
      ],
      { threshold: 11, rounding: 5 },
    );
    expect(table).toEqual({
      cells: [
        [15, 15],
        [15, 30],
      ],
      rowTotals: [30, 45],
      columnTotals: [30, 45],
      grandTotal: 75,
    });
  });

  it('detects a count that totals give away, so the checker itself can fail', () => {
    const grid = withTotals([
      [3, 40],
      [50, 60],
    ]);
    const onlyPrimary = publishedGrid(grid, primarySuppression(grid, 11));
    expect(intervalBounds(onlyPrimary)[0][0]).toEqual({ min: 3, max: 3 });
    expect(alternativeTable(grid, onlyPrimary, [0, 0])).toBeNull();
  });
});
