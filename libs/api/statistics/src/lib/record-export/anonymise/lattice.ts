/**
 * k-anonymity by full-domain generalisation with suppression, searched over the generalisation
 * lattice (Samarati 2001; LeFevre, DeWitt and Ramakrishnan's Incognito, 2005; El Emam's OLA, 2009):
 * every quasi-identifier has a hierarchy of ever coarser levels, a node of the lattice picks one
 * level per quasi-identifier and generalises every record to it, and the records whose combination
 * of generalised values is shared by fewer than k records are suppressed. A node is admissible when
 * it suppresses no more records than the budget allows; among the admissible nodes the one that
 * loses the least information (Iyengar's loss metric, 2002; a suppressed record loses everything)
 * is chosen. Search works on the frequency set (each distinct combination of recorded values and
 * how many records have it), never on records, and skips every node below an inadmissible one:
 * suppression can only grow as a node is specialised, so such a node cannot be admissible
 * (Incognito's and OLA's predictive tagging).
 */

/** One level of a hierarchy: its name and what a recorded value becomes at it (the columns' cells). */
export interface HierarchyLevel {
  name: string;
  generalise(leaf: string): readonly string[];
}

/** A quasi-identifier: the columns it is published in and its levels, finest first, the last withholding it. */
export interface QuasiIdentifier {
  name: string;
  columns: readonly string[];
  levels: readonly HierarchyLevel[];
}

/** A distinct combination of recorded values (one leaf per quasi-identifier) and how many records have it. */
export interface FrequencyEntry {
  leaves: readonly string[];
  count: number;
}

export interface AnonymisationRules {
  /** Every published combination of quasi-identifiers is shared by at least k records. */
  k: number;
  /** The most records a node may suppress. */
  maxSuppressed: number;
}

/** A combination of generalised values as published: the cells of every quasi-identifier's columns, and its records. */
export interface EquivalenceClass {
  cells: readonly (readonly string[])[];
  count: number;
}

export interface Anonymisation {
  /** The chosen node: a level per quasi-identifier; the top of the lattice when nothing can be published. */
  levels: number[];
  /** The published classes, each of at least k records. */
  classes: EquivalenceClass[];
  total: number;
  suppressed: number;
  /** Loss metric of the release, 0 (as recorded) to 1 (nothing published). */
  loss: number;
  /** Nodes of the lattice, and how many were evaluated rather than ruled out. */
  nodes: number;
  evaluated: number;
}

interface Evaluation {
  levels: number[];
  suppressed: number;
  loss: number;
  height: number;
}

/** The values of one quasi-identifier, as indexes: per level, each leaf's generalised value and its loss. */
interface Encoded {
  /** generalised[level][leaf] = index of the generalised value among that level's values. */
  generalised: number[][];
  /** loss[level][leaf] = (leaves sharing its generalised value − 1) / (leaves − 1). */
  loss: number[][];
  /** cells[level][value] = the published cells of a generalised value. */
  cells: Array<Array<readonly string[]>>;
  /** How many generalised values the finest level has at most: the radix of a class key. */
  radix: number;
}

function encode(qi: QuasiIdentifier, leaves: readonly string[]): Encoded {
  const encoded: Encoded = { generalised: [], loss: [], cells: [], radix: Math.max(1, leaves.length) };
  for (const level of qi.levels) {
    const index = new Map<string, number>();
    const cells: Array<readonly string[]> = [];
    const generalised = leaves.map((leaf) => {
      const value = level.generalise(leaf);
      const key = value.join('\u001f');
      if (!index.has(key)) {
        index.set(key, cells.length);
        cells.push(value);
      }
      return index.get(key) as number;
    });
    const sizes = new Array<number>(cells.length).fill(0);
    generalised.forEach((value) => (sizes[value] += 1));
    const spread = Math.max(1, leaves.length - 1);
    encoded.generalised.push(generalised);
    encoded.loss.push(generalised.map((value) => (sizes[value] - 1) / spread));
    encoded.cells.push(cells);
  }
  return encoded;
}

/** Every node of the lattice, the most general first (by height, then by levels), so a node's parents come before it. */
function latticeNodes(heights: readonly number[]): number[][] {
  let nodes: number[][] = [[]];
  for (const height of heights) {
    nodes = nodes.flatMap((node) => Array.from({ length: height }, (_, level) => [...node, level]));
  }
  const sum = (node: number[]) => node.reduce((a, b) => a + b, 0);
  return nodes.sort((a, b) => sum(b) - sum(a) || compareLevels(b, a));
}

const compareLevels = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

/** Less loss first; then fewer suppressed records; then the lower node; then the levels in order. */
const better = (a: Evaluation, b: Evaluation): boolean =>
  Math.abs(a.loss - b.loss) > 1e-12
    ? a.loss < b.loss
    : a.suppressed !== b.suppressed
      ? a.suppressed < b.suppressed
      : a.height !== b.height
        ? a.height < b.height
        : compareLevels(a.levels, b.levels) < 0;

/**
 * Anonymises a frequency set: the chosen node, its published classes and what it suppressed.
 * `progress` is told the share of the lattice done, 0 to 1.
 */
export function kAnonymise(
  entries: readonly FrequencyEntry[],
  quasiIdentifiers: readonly QuasiIdentifier[],
  rules: AnonymisationRules,
  progress: (done: number) => void = () => undefined,
): Anonymisation {
  if (rules.k < 1 || !Number.isInteger(rules.k)) throw new RangeError('k must be a positive integer');
  const domains = quasiIdentifiers.map((_, i) => [...new Set(entries.map((entry) => entry.leaves[i]))].sort());
  const encoded = quasiIdentifiers.map((qi, i) => encode(qi, domains[i]));
  const heights = quasiIdentifiers.map((qi) => qi.levels.length);
  const radixes = encoded.map((e) => e.radix);
  if (radixes.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('Too many combinations of quasi-identifiers to key as numbers');
  }

  // The frequency set by columns: leaf indexes per quasi-identifier, and each combination's count.
  const leafIndexes = domains.map((domain) => new Map(domain.map((leaf, index) => [leaf, index])));
  const kept = entries.filter((entry) => entry.count > 0);
  const leafColumns = quasiIdentifiers.map((_, i) =>
    Int32Array.from(kept, (entry) => leafIndexes[i].get(entry.leaves[i]) as number),
  );
  const counts = Float64Array.from(kept, (entry) => entry.count);
  const size = kept.length;
  const total = counts.reduce((sum, count) => sum + count, 0);

  /** The class key of each combination at a node (its generalised values in mixed radix), and each class's records. */
  const classify = (levels: readonly number[]) => {
    const keys = new Float64Array(size);
    encoded.forEach(({ generalised }, i) => {
      const values = generalised[levels[i]];
      const leaves = leafColumns[i];
      for (let r = 0; r < size; r++) keys[r] = keys[r] * radixes[i] + values[leaves[r]];
    });
    const sizes = new Map<number, number>();
    for (let r = 0; r < size; r++) sizes.set(keys[r], (sizes.get(keys[r]) ?? 0) + counts[r]);
    return { keys, sizes };
  };

  /** Records suppressed at a node, and the loss of those published (summed over records). */
  const measure = (levels: readonly number[], keys: Float64Array, sizes: Map<number, number>) => {
    const losses = encoded.map(({ loss }, i) => loss[levels[i]]);
    let suppressed = 0;
    let published = 0;
    for (let r = 0; r < size; r++) {
      if ((sizes.get(keys[r]) as number) < rules.k) {
        suppressed += counts[r];
        continue;
      }
      let loss = 0;
      for (let i = 0; i < losses.length; i++) loss += losses[i][leafColumns[i][r]];
      published += (counts[r] * loss) / losses.length;
    }
    return { suppressed, published };
  };

  const nodes = latticeNodes(heights);
  const ruledOut = new Set<number>();
  const nodeKey = (levels: readonly number[]) => levels.reduce((key, level, i) => key * heights[i] + level, 0);
  let best: Evaluation | undefined;
  let evaluated = 0;
  for (const [n, levels] of nodes.entries()) {
    progress(n / nodes.length);
    const parents = levels
      .map((level, i) => (level + 1 < heights[i] ? levels.map((l, j) => (j === i ? l + 1 : l)) : null))
      .filter((parent): parent is number[] => parent !== null);
    if (parents.some((parent) => ruledOut.has(nodeKey(parent)))) {
      ruledOut.add(nodeKey(levels));
      continue;
    }
    evaluated += 1;
    const { keys, sizes } = classify(levels);
    const { suppressed, published } = measure(levels, keys, sizes);
    if (suppressed > rules.maxSuppressed) {
      ruledOut.add(nodeKey(levels));
      continue;
    }
    const candidate: Evaluation = {
      levels,
      suppressed,
      loss: total === 0 ? 0 : (published + suppressed) / total,
      height: levels.reduce((a, b) => a + b, 0),
    };
    if (!best || better(candidate, best)) best = candidate;
  }
  progress(1);

  if (!best) {
    // Nothing admissible (fewer than k records in all, more than the budget): nothing is published.
    const top = heights.map((height) => height - 1);
    return { levels: top, classes: [], total, suppressed: total, loss: 1, nodes: nodes.length, evaluated };
  }
  const { levels } = best;
  const { keys, sizes } = classify(levels);
  const classes = new Map<number, EquivalenceClass>();
  for (let r = 0; r < size; r++) {
    if ((sizes.get(keys[r]) as number) < rules.k || classes.has(keys[r])) continue;
    classes.set(keys[r], {
      cells: encoded.map(({ cells, generalised }, i) => cells[levels[i]][generalised[levels[i]][leafColumns[i][r]]]),
      count: sizes.get(keys[r]) as number,
    });
  }
  return {
    levels,
    classes: [...classes.values()],
    total,
    suppressed: best.suppressed,
    loss: best.loss,
    nodes: nodes.length,
    evaluated,
  };
}
