import type { ReportingTable } from './reporting-table';

/** The code of the row the rare rows are folded into. */
export const FOLDED_ROW_CODE = 'other';

/**
 * A table whose rows name rare categories (countries) with every row of fewer than `threshold`
 * persons added into one row labelled `foldRareRowsInto`, kept last: suppressing such a row's
 * counts would still publish its name, and the name says someone of that category was counted.
 * Only for tables where each person is in one row, so that the folded row is a true sum.
 */
export function foldRareRows(table: ReportingTable, threshold: number): ReportingTable {
  const label = table.foldRareRowsInto;
  if (!label || table.distinctTotals) {
    return table;
  }
  const total = (row: number[]) => row.reduce((sum, value) => sum + value, 0);
  const rare = table.counts.map((row) => total(row) < threshold);
  if (!rare.some(Boolean)) {
    return table;
  }
  const kept = table.counts.filter((_, i) => !rare[i]);
  const folded = table.columnLabels.map((_, j) =>
    table.counts.reduce((sum, row, i) => sum + (rare[i] ? row[j] : 0), 0),
  );
  return {
    ...table,
    rowCodes: [...table.rowCodes.filter((_, i) => !rare[i]), FOLDED_ROW_CODE],
    rowLabels: [...table.rowLabels.filter((_, i) => !rare[i]), label],
    counts: [...kept, folded],
  };
}
