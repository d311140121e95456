import { FrequencyEntry, kAnonymise, QuasiIdentifier } from './lattice';

/** Ages 0..9: exact, halves (0-4, 5-9), withheld. Sex F/M: exact, withheld. */
const AGE: QuasiIdentifier = {
  name: 'age',
  columns: ['age'],
  levels: [
    { name: 'exact', generalise: (leaf) => [leaf] },
    { name: 'half', generalise: (leaf) => [Number(leaf) < 5 ? '0-4' : '5-9'] },
    { name: 'withheld', generalise: () => [''] },
  ],
};
const SEX: QuasiIdentifier = {
  name: 'sex',
  columns: ['sex'],
  levels: [
    { name: 'exact', generalise: (leaf) => [leaf] },
    { name: 'withheld', generalise: () => [''] },
  ],
};
const QIS = [AGE, SEX];

const entry = (age: number, sex: string, count: number): FrequencyEntry => ({ leaves: [String(age), sex], count });
const records = (result: ReturnType<typeof kAnonymise>) => result.classes.reduce((sum, c) => sum + c.count, 0);

/** A small deterministic generator (mulberry32), so the random data sets are the same every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

/**
 * The test's own evaluation of a node, by brute force over the expanded records: the classes, the
 * records suppressed, and the loss metric (a value's share of the other leaves its generalisation
 * covers, averaged over the quasi-identifiers; a suppressed record loses 1).
 */
function evaluateNode(entries: FrequencyEntry[], levels: number[], k: number) {
  const expanded = entries.flatMap((e) => Array.from({ length: e.count }, () => e.leaves));
  const domains = QIS.map((_, i) => [...new Set(expanded.map((leaves) => leaves[i]))]);
  const generalised = (leaves: readonly string[]) =>
    leaves.map((leaf, i) => QIS[i].levels[levels[i]].generalise(leaf).join('/'));
  const classes = new Map<string, number>();
  expanded.forEach((leaves) => {
    const key = generalised(leaves).join('|');
    classes.set(key, (classes.get(key) ?? 0) + 1);
  });
  let loss = 0;
  let suppressed = 0;
  expanded.forEach((leaves) => {
    if ((classes.get(generalised(leaves).join('|')) ?? 0) < k) {
      suppressed += 1;
      loss += 1;
      return;
    }
    loss +=
      leaves
        .map((leaf, i) => {
          const value = QIS[i].levels[levels[i]].generalise(leaf).join('/');
          const covered = domains[i].filter((other) => QIS[i].levels[levels[i]].generalise(other).join('/') === value);
          return domains[i].length > 1 ? (covered.length - 1) / (domains[i].length - 1) : 0;
        })
        .reduce((a, b) => a + b, 0) / QIS.length;
  });
  return { suppressed, loss: expanded.length ? loss / expanded.length : 0 };
}

describe('k-anonymity over the generalisation lattice', () => {
  it('publishes nothing and suppresses nothing for an empty period', () => {
    const result = kAnonymise([], QIS, { k: 11, maxSuppressed: 0 });
    expect(result).toMatchObject({ classes: [], total: 0, suppressed: 0, loss: 0, levels: [0, 0] });
  });

  it('suppresses every record when there are fewer than k in all', () => {
    const result = kAnonymise([entry(3, 'F', 4), entry(7, 'M', 6)], QIS, { k: 11, maxSuppressed: 0 });
    expect(result).toMatchObject({ classes: [], total: 10, suppressed: 10, loss: 1, levels: [2, 1] });
  });

  it('withholds every value when exactly k records are all different', () => {
    const entries = Array.from({ length: 10 }, (_, age) => entry(age, 'F', 1)).concat(entry(0, 'M', 1));
    const result = kAnonymise(entries, QIS, { k: 11, maxSuppressed: 0 });
    expect(result.levels).toEqual([2, 1]);
    expect(result.classes).toEqual([{ cells: [[''], ['']], count: 11 }]);
    expect(result.suppressed).toBe(0);
  });

  it('generalises until everyone unique shares a class with at least k others', () => {
    const entries = Array.from({ length: 10 }, (_, age) => [entry(age, 'F', 1), entry(age, 'M', 1)]).flat();
    const result = kAnonymise(entries, QIS, { k: 5, maxSuppressed: 0 });
    // Ages in halves keep sex (four classes of five), which loses less than withholding the age.
    expect(result.levels).toEqual([1, 0]);
    expect(result.classes.map((c) => c.count)).toEqual([5, 5, 5, 5]);
    expect(result.suppressed).toBe(0);
  });

  it('suppresses a rare record, within the limit, rather than generalise everyone', () => {
    const entries = [entry(2, 'F', 12), entry(6, 'M', 12), entry(9, 'F', 1)];
    expect(kAnonymise(entries, QIS, { k: 11, maxSuppressed: 1 })).toMatchObject({
      levels: [0, 0],
      suppressed: 1,
      classes: [
        { cells: [['2'], ['F']], count: 12 },
        { cells: [['6'], ['M']], count: 12 },
      ],
    });
    // Without a budget the rare record must be covered: by withholding age (loss 1/2), which loses
    // less than halving ages and withholding sex (0.63).
    const strict = kAnonymise(entries, QIS, { k: 11, maxSuppressed: 0 });
    expect(strict.suppressed).toBe(0);
    expect(strict.levels).toEqual([2, 0]);
  });

  it('chooses, of two admissible nodes, the one that loses least', () => {
    // Both withholding sex (classes of 12, loss 1/2) and halving ages (classes of 30, loss 4/9 of
    // one of two quasi-identifiers) reach k = 11; halving loses less.
    const entries = Array.from({ length: 10 }, (_, age) => [entry(age, 'F', 6), entry(age, 'M', 6)]).flat();
    const result = kAnonymise(entries, QIS, { k: 11, maxSuppressed: 0 });
    expect(result.levels).toEqual([1, 0]);
    expect(result.loss).toBeCloseTo(2 / 9, 10);
    expect(result.classes.map((c) => c.count)).toEqual([30, 30, 30, 30]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'finds, on random data set %i, the node of least loss within the limit, as brute force does',
    (seed) => {
      const random = generator(seed);
      const entries = Array.from({ length: 6 + random(20) }, () =>
        entry(random(10), random(2) ? 'F' : 'M', 1 + random(6)),
      );
      const k = 3 + random(8);
      const total = entries.reduce((sum, e) => sum + e.count, 0);
      const maxSuppressed = Math.floor((total * random(15)) / 100);
      const result = kAnonymise(entries, QIS, { k, maxSuppressed });

      const nodes = [0, 1, 2].flatMap((age) => [0, 1].map((sex) => [age, sex]));
      const admissible = nodes
        .map((levels) => ({ levels, ...evaluateNode(entries, levels, k) }))
        .filter((node) => node.suppressed <= maxSuppressed);
      // Each seeded set has an admissible node (none at all is 'suppresses every record…' above).
      const least = Math.min(...admissible.map((node) => node.loss));
      expect(result.loss).toBeCloseTo(least, 10);
      expect(evaluateNode(entries, result.levels, k).loss).toBeCloseTo(least, 10);
      expect(result.classes.every((c) => c.count >= k)).toBe(true);
      expect(records(result) + result.suppressed).toBe(total);
      expect(result.suppressed).toBeLessThanOrEqual(maxSuppressed);
    },
  );

  it('rules out the nodes below an inadmissible one without evaluating them', () => {
    const entries = Array.from({ length: 10 }, (_, age) => entry(age, age % 2 ? 'F' : 'M', 1));
    const result = kAnonymise(entries, QIS, { k: 10, maxSuppressed: 0 });
    expect(result.nodes).toBe(6);
    expect(result.evaluated).toBeLessThan(result.nodes);
    expect(result.levels).toEqual([2, 1]);
  });

  it('tells its progress from 0 to 1', () => {
    const seen: number[] = [];
    kAnonymise([entry(1, 'F', 20)], QIS, { k: 11, maxSuppressed: 0 }, (done) => seen.push(done));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
