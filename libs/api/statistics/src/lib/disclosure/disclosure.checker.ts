import { Entry, Grid, linesOf } from './grid';
import { reachable } from './suppression';

/**
 * What someone holding a published grid can work out (used by the tests only). A published entry
 * is a number, a suppressed one null.
 */

/** Bounds of every suppressed entry by interval reasoning over the lines, repeated until stable. */
export function intervalBounds(published: Grid<number | null>): Grid<{ min: number; max: number }> {
  const bounds = published.map((row) =>
    row.map((value) => (value === null ? { min: 0, max: Infinity } : { min: value, max: value })),
  );
  const lines = linesOf(published);
  for (let changed = true, rounds = 0; changed && rounds < 10_000; rounds++) {
    changed = false;
    for (const line of lines) {
      const total = line[line.length - 1];
      const members = line.slice(0, -1);
      const at = ([i, j]: Entry) => bounds[i][j];
      const sum = (entries: Entry[], side: 'min' | 'max') => entries.reduce((acc, entry) => acc + at(entry)[side], 0);
      const tighten = (entry: Entry, min: number, max: number) => {
        const b = at(entry);
        if (min > b.min || max < b.max) {
          b.min = Math.max(b.min, min);
          b.max = Math.min(b.max, max);
          changed = true;
        }
      };
      tighten(total, sum(members, 'min'), sum(members, 'max'));
      for (const member of members) {
        const others = members.filter((other) => other !== member);
        tighten(member, at(total).min - sum(others, 'max'), at(total).max - sum(others, 'min'));
      }
    }
  }
  return bounds;
}

/**
 * Another table, consistent with everything published, in which the given suppressed entry has a
 * different value: the true table moved by +1/-1 around a cycle of suppressed entries through it.
 * Null when no such cycle keeps every count non-negative.
 */
export function alternativeTable(
  truth: Grid<number>,
  published: Grid<number | null>,
  [i, j]: Entry,
): Grid<number> | null {
  const mask = published.map((row) => row.map((value) => value === null));
  const path = cyclePath(mask, [i, j]);
  if (!path) {
    return null;
  }
  const last = { row: truth.length - 1, column: truth[0].length - 1 };
  // Margins enter their line's equation with the opposite sign of the cells (grid.ts), the corner twice.
  const sign = ([a, b]: Entry) => ((a === last.row) !== (b === last.column) ? -1 : 1);
  for (const direction of [1, -1]) {
    const candidate = truth.map((row) => [...row]);
    path.forEach((entry, step) => {
      candidate[entry[0]][entry[1]] += direction * (step % 2 === 0 ? 1 : -1) * sign(entry);
    });
    if (isConsistent(published, candidate)) {
      return candidate;
    }
  }
  return null;
}

/** Does a candidate table agree with every published entry, add up along every line, and have no negative count? */
export function isConsistent(published: Grid<number | null>, candidate: Grid<number>): boolean {
  const agrees = published.every((row, i) => row.every((value, j) => value === null || value === candidate[i][j]));
  const nonNegative = candidate.every((row) => row.every((value) => value >= 0));
  const adds = linesOf(candidate).every((line) => {
    const [ti, tj] = line[line.length - 1];
    return line.slice(0, -1).reduce((sum, [a, b]) => sum + candidate[a][b], 0) === candidate[ti][tj];
  });
  return agrees && nonNegative && adds;
}

/** The entries of a cycle of suppressed entries starting with the given one, alternating row and column steps. */
function cyclePath(mask: Grid<boolean>, start: Entry): Entry[] | null {
  const [i, j] = start;
  if (!reachable(mask, { column: j }, start).rows.has(i)) {
    return null;
  }
  // Breadth-first from column j to row i without the start entry, remembering how each line was reached.
  const from = new Map<string, { key: string; entry: Entry }>();
  const queue: string[] = [`c${j}`];
  const seen = new Set(queue);
  while (queue.length > 0 && !seen.has(`r${i}`)) {
    const key = queue.shift() as string;
    const index = Number(key.slice(1));
    const neighbours: Array<[string, Entry]> =
      key[0] === 'c'
        ? mask.flatMap((row, a): Array<[string, Entry]> =>
            row[index] && !(a === i && index === j) ? [[`r${a}`, [a, index]]] : [],
          )
        : mask[index].flatMap((hidden, b): Array<[string, Entry]> =>
            hidden && !(index === i && b === j) ? [[`c${b}`, [index, b]]] : [],
          );
    for (const [next, entry] of neighbours.filter(([next]) => !seen.has(next))) {
      seen.add(next);
      from.set(next, { key, entry });
      queue.push(next);
    }
  }
  const path: Entry[] = [];
  for (let key = `r${i}`; key !== `c${j}`; key = (from.get(key) as { key: string }).key) {
    path.unshift((from.get(key) as { entry: Entry }).entry);
  }
  return [start, ...path];
}
