/**
 * A table of counts with its margins: the last row holds the column totals, the last column the row
 * totals, the corner the grand total. Every row and every column of it is a "line": its entries
 * before the last add up to the last one.
 */
export type Grid<T> = T[][];
export type Entry = readonly [row: number, column: number];

export function withTotals(cells: number[][]): Grid<number> {
  const columns = cells[0]?.length ?? 0;
  const rows = cells.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => rows.reduce((sum, row) => sum + row[j], 0));
  return [...rows, totals];
}

/** Every line of a grid, each listed as its entries with the total last. */
export function linesOf<T>(grid: Grid<T>): Entry[][] {
  const rowCount = grid.length;
  const columnCount = grid[0]?.length ?? 0;
  const rows = Array.from({ length: rowCount }, (_, i) => Array.from({ length: columnCount }, (_, j): Entry => [i, j]));
  const columns = Array.from({ length: columnCount }, (_, j) =>
    Array.from({ length: rowCount }, (_, i): Entry => [i, j]),
  );
  return [...rows, ...columns];
}
