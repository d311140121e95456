import { Grid, withTotals } from './grid';
import { primarySuppression, suppress } from './suppression';

export interface DisclosureRules {
  /** k: counts from 1 to k - 1 are never published. */
  threshold: number;
  /** Published counts are rounded down to a multiple of this; 1 = no rounding. */
  rounding: number;
}

/** A table as it may be published: null marks a suppressed count. */
export interface ProtectedCounts {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
}

/**
 * The threshold suppression works with: k raised to a multiple of the rounding resolution, so that
 * rounding down never turns a published count into one below k.
 */
export const effectiveThreshold = ({ threshold, rounding }: DisclosureRules): number =>
  Math.ceil(threshold / rounding) * rounding;

export const roundDown = (value: number, resolution: number): number => Math.floor(value / resolution) * resolution;

export function describeMethod(rules: DisclosureRules): string {
  const k = effectiveThreshold(rules);
  const rounding = rules.rounding > 1 ? `; published counts rounded down to a multiple of ${rules.rounding}` : '';
  return (
    `Primary suppression of every count from 1 to ${k - 1} (totals included); secondary suppression so that ` +
    `no suppressed count can be derived from the published counts and totals${rounding}. Suppressed counts are left empty (null in JSON). ` +
    `Rows naming rare categories (countries) with fewer than ${k} persons are added into one row. Where a person can be in ` +
    `several rows, totals count each person once and secondary suppression assumes, as the worst case, that nobody is.`
  );
}

/**
 * Persons of each column and of the table counted once, when a person can fall in several rows: the
 * totals a multi-valued table publishes in place of the sums of its columns.
 */
export interface DistinctTotals {
  columns: number[];
  grand: number;
}

/**
 * Protects a table of counts; row totals are the sums of its cells, and so are the column totals
 * unless `distinct` totals are given. Then secondary suppression still works on the sums, as if no
 * person fell in two rows (the worst case, where a distinct total equals its sum and gives the most
 * away), while primary suppression also hides every distinct total from 1 to k - 1.
 */
export function protectCounts(cells: number[][], rules: DisclosureRules, distinct?: DistinctTotals): ProtectedCounts {
  const grid = withTotals(cells);
  const values = distinct ? withDistinctTotals(grid, distinct) : grid;
  const threshold = effectiveThreshold(rules);
  const mask = suppress(grid, threshold, primarySuppression(values, threshold));
  const published: Grid<number | null> = values.map((row, i) =>
    row.map((value, j) => (mask[i][j] ? null : roundDown(value, rules.rounding))),
  );
  const last = published.length - 1;
  return {
    cells: published.slice(0, last).map((row) => row.slice(0, -1)),
    rowTotals: published.slice(0, last).map((row) => row[row.length - 1]),
    columnTotals: published[last].slice(0, -1),
    grandTotal: published[last][published[last].length - 1],
  };
}

/** The grid with its last row (column totals and grand total) replaced by distinct totals. */
export function withDistinctTotals(grid: Grid<number>, distinct: DistinctTotals): Grid<number> {
  return [...grid.slice(0, -1), [...distinct.columns, distinct.grand]];
}
