/** Row and column sums of a table of counts; a null (suppressed) cell makes its sums unknown. */
export function withTotals(cells: ReadonlyArray<ReadonlyArray<number | null>>): {
  rowTotals: Array<number | null>;
  columnTotals: Array<number | null>;
  grandTotal: number | null;
} {
  const sum = (values: ReadonlyArray<number | null>): number | null =>
    values.some((value) => value === null) ? null : values.reduce<number>((total, value) => total + (value ?? 0), 0);
  const rowTotals = cells.map((row) => sum(row));
  const width = Math.max(0, ...cells.map((row) => row.length));
  const columnTotals = Array.from({ length: width }, (_, c) => sum(cells.map((row) => (c < row.length ? row[c] : 0))));
  return { rowTotals, columnTotals, grandTotal: sum(rowTotals) };
}
