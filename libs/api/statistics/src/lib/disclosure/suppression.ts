import { Entry, Grid, linesOf } from './grid';

type Mask = Grid<boolean>;

/** Primary suppression: every count from 1 to threshold - 1, totals included. */
export function primarySuppression(grid: Grid<number>, threshold: number): Mask {
  return grid.map((row) => row.map((value) => value > 0 && value < threshold));
}

/**
 * Primary and secondary suppression of a grid (see grid.ts), primary as given or else every count
 * from 1 to threshold - 1. Secondary suppression adds, until
 * nothing changes: in every line holding exactly one suppressed entry, its smallest non-zero cell
 * (its total if no cell qualifies); and for every suppressed entry that totals could still pin down
 * through a chain of lines (a bridge of the graph whose nodes are lines and whose edges are
 * suppressed entries), the smallest non-zero entry that closes a cycle through it. When neither
 * finds a candidate the whole grid is suppressed.
 */
export function suppress(grid: Grid<number>, threshold: number, primary = primarySuppression(grid, threshold)): Mask {
  const mask = primary.map((row) => [...row]);
  while (protectLines(grid, mask) || protectBridges(grid, mask)) {
    // each pass suppresses at least one more entry, so this ends
  }
  return mask;
}

const smallest = (grid: Grid<number>, candidates: Entry[]): Entry | undefined =>
  candidates.filter(([i, j]) => grid[i][j] > 0).sort(([a, b], [c, d]) => grid[a][b] - grid[c][d])[0];

function protectLines(grid: Grid<number>, mask: Mask): boolean {
  let changed = false;
  for (const line of linesOf(grid)) {
    const open = line.filter(([i, j]) => !mask[i][j]);
    if (line.length - open.length !== 1) {
      continue;
    }
    const total = line[line.length - 1];
    const cells = open.filter((entry) => entry !== total);
    // A cell whose crossing line also holds a lone suppressed entry protects both lines at once.
    const isRow = line[0][0] === line[1][0];
    const crossingCount = ([i, j]: Entry) =>
      isRow ? mask.filter((row) => row[j]).length : mask[i].filter(Boolean).length;
    const complement =
      smallest(
        grid,
        cells.filter((cell) => crossingCount(cell) === 1),
      ) ??
      smallest(grid, cells) ??
      smallest(grid, open);
    if (!complement) {
      return suppressAll(mask);
    }
    mask[complement[0]][complement[1]] = true;
    changed = true;
  }
  return changed;
}

function protectBridges(grid: Grid<number>, mask: Mask): boolean {
  for (const [i, j] of suppressedEntries(mask)) {
    const rowSide = reachable(mask, { row: i }, [i, j]);
    if (rowSide.columns.has(j)) {
      continue;
    }
    const columnSide = reachable(mask, { column: j }, [i, j]);
    const crossing = grid.flatMap((row, a) =>
      row
        .map((_, b): Entry => [a, b])
        .filter(([, b]) => !mask[a][b])
        .filter(
          ([, b]) =>
            (rowSide.rows.has(a) && columnSide.columns.has(b)) || (columnSide.rows.has(a) && rowSide.columns.has(b)),
        ),
    );
    const complement = smallest(grid, crossing);
    if (!complement) {
      return suppressAll(mask);
    }
    mask[complement[0]][complement[1]] = true;
    return true;
  }
  return false;
}

function suppressedEntries(mask: Mask): Entry[] {
  return mask.flatMap((row, i) => row.flatMap((hidden, j): Entry[] => (hidden ? [[i, j]] : [])));
}

/** The rows and columns connected to a start line through suppressed entries, leaving one entry out. */
export function reachable(mask: Mask, start: { row?: number; column?: number }, without?: Entry) {
  const rows = new Set<number>(start.row === undefined ? [] : [start.row]);
  const columns = new Set<number>(start.column === undefined ? [] : [start.column]);
  const skip = (i: number, j: number) => without !== undefined && without[0] === i && without[1] === j;
  let grew = true;
  while (grew) {
    grew = false;
    mask.forEach((row, i) =>
      row.forEach((hidden, j) => {
        if (hidden && !skip(i, j) && rows.has(i) !== columns.has(j)) {
          rows.add(i);
          columns.add(j);
          grew = true;
        }
      }),
    );
  }
  return { rows, columns };
}

function suppressAll(mask: Mask): boolean {
  const changed = mask.some((row) => row.some((hidden) => !hidden));
  mask.forEach((row) => row.fill(true));
  return changed;
}
