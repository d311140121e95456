import { EXPLOITATION_FORMS, SEXES, type ExploitationForm } from '@ibd/shared/contracts';
import { CTDC_AGE_BANDS } from '@ibd/api/interchange';
import { buildRecordFile } from './record-document';
import { RECORD_WRITERS } from './record-writers';
import { frequencyEntry, leavesOf, PersonAttributes, quasiIdentifiers } from './quasi-identifiers';

const PERIOD = { from: '2016-01-01', to: '2025-12-31' };
const NOW = new Date('2026-02-01T10:00:00Z');

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

function randomPerson(random: (n: number) => number): PersonAttributes {
  const band = random(12);
  const child = band < 2 || (band >= 9 && random(2) === 0);
  return {
    year: 2016 + random(10),
    sex: SEXES[random(10) < 7 ? 0 : random(4)],
    ageBand: band < 9 ? CTDC_AGE_BANDS[band] : null,
    child,
    citizenship: [null, 'BG', 'BG', 'BG', 'RO', 'GR', 'UA', 'NG', 'SY'][random(9)],
    forms: EXPLOITATION_FORMS.filter(() => random(5) === 0).concat(
      random(2) ? ['sexual_exploitation'] : ['forced_begging'],
    ) as ExploitationForm[],
  };
}

/** The test's own grouping: rows by every column's value, and the size of each group. */
function groupSizes(rows: string[][]): number[] {
  const groups = new Map<string, number>();
  rows.forEach((row) => groups.set(JSON.stringify(row), (groups.get(JSON.stringify(row)) ?? 0) + 1));
  return [...groups.values()];
}

describe('quasi-identifiers of the record-level file', () => {
  const qis = quasiIdentifiers(2016, 2025);
  const random = generator(7);
  const leaves = Array.from({ length: 400 }, () => leavesOf(randomPerson(random)));

  it('generalise along a tree: values equal at one level stay equal at every coarser level', () => {
    const split: string[] = [];
    qis.forEach((qi, i) => {
      for (let level = 0; level + 1 < qi.levels.length; level++) {
        const coarser = new Map<string, string>();
        leaves.forEach((leaf) => {
          const here = qi.levels[level].generalise(leaf[i]).join('|');
          const next = qi.levels[level + 1].generalise(leaf[i]).join('|');
          if ((coarser.get(here) ?? next) !== next) split.push(`${qi.name} ${level}: ${here}`);
          coarser.set(here, next);
        });
      }
      const top = new Set(leaves.map((leaf) => qi.levels.at(-1)?.generalise(leaf[i]).join('|')));
      if (top.size !== 1) split.push(`${qi.name}: top`);
    });
    expect(split).toEqual([]);
  });

  it('give a cell for every column of the quasi-identifier, at every level', () => {
    const widths = qis.flatMap((qi, i) =>
      qi.levels.flatMap((level) => leaves.map((leaf) => level.generalise(leaf[i]).length - qi.columns.length)),
    );
    expect(new Set(widths)).toEqual(new Set([0]));
  });

  it.each([
    [0, '2019', '2019'],
    [1, '2019', '2018-2019'],
    [2, '2019', '2016-2019'],
    [2, '2025', '2024-2025'],
    [3, '2017', '2016-2025'],
  ])('put the year at level %i: %s as %s', (level, year, published) => {
    expect(qis[0].levels[level].generalise(year)).toEqual([published]);
  });

  it('write values as CTDC does, and Unknown for what was not recorded', () => {
    const person: PersonAttributes = {
      year: 2020,
      sex: 'other',
      ageBand: '9-17',
      child: true,
      citizenship: null,
      forms: ['forced_begging', 'sexual_exploitation'],
    };
    const cells = qis.map((qi, i) => qi.levels[0].generalise(leavesOf(person)[i]));
    expect(cells).toEqual([
      ['2020'],
      ['Trans/Transgender/NonConforming'],
      ['9-17', 'Minor'],
      ['Unknown', 'Unknown'],
      ['Sexual exploitation; Forced begging', '1', '1', '0', '0', '0', '0'],
    ]);
    expect(qis[1].levels[1].generalise('Trans/Transgender/NonConforming')).toEqual(['Unknown']);
    expect(qis[2].levels[1].generalise('48+|Adult')).toEqual(['39+', 'Adult']);
    expect(qis[2].levels[1].generalise('9-17|Minor')).toEqual(['0-17', 'Minor']);
    expect(qis[2].levels[2].generalise('Unknown|Minor')).toEqual(['', 'Minor']);
    expect(qis[3].levels[0].generalise('ROU')).toEqual(['ROU', 'Other EU']);
    expect(qis[3].levels[0].generalise('BGR')).toEqual(['BGR', 'Bulgaria']);
    expect(qis[3].levels[1].generalise('UKR')).toEqual(['', 'Non-EU']);
  });
});

describe('record-level file', () => {
  const random = generator(11);
  const persons = Array.from({ length: 2000 }, () => randomPerson(random));
  const entries = persons.map((person) => frequencyEntry(person, 1));
  const built = new Map<number, ReturnType<typeof buildRecordFile>>();
  /** The file of the persons with k (built once per k), at most 5% of them suppressed. */
  const fileWith = (k: number) => {
    if (!built.has(k)) built.set(k, buildRecordFile(entries, PERIOD, { k, suppressionPercent: 5 }, NOW));
    return built.get(k) as ReturnType<typeof buildRecordFile>;
  };

  it.each([5, 11, 25])('holds no combination of values shared by fewer than k = %i rows', (k) => {
    const file = fileWith(k);
    expect(file.rows.length).toBeGreaterThan(0);
    expect(Math.min(...groupSizes(file.rows))).toBeGreaterThanOrEqual(k);
    expect(file.rows.length + (file.metadata.suppressed ?? NaN)).toBe(persons.length);
    expect(file.metadata.suppressed).toBeLessThanOrEqual(Math.floor(persons.length * 0.05));
    expect(file.metadata).toMatchObject({ k, persons: persons.length, rows: file.rows.length });
    file.rows.forEach((row) => expect(row).toHaveLength(file.columns.length));
  });

  it('states the quasi-identifiers, the level applied to each, and the limit of suppression', () => {
    const file = fileWith(11);
    expect(file.metadata.generalisations.map((g) => g.quasiIdentifier)).toEqual([
      'year of identification',
      'sex',
      'age at identification',
      'citizenship',
      'forms of exploitation',
    ]);
    file.metadata.generalisations.forEach((g) => expect(g.levels[g.applied.level]).toBe(g.applied.name));
    expect(file.metadata.suppressionLimit).toEqual({ percent: 5, rows: 100 });
    expect(file.metadata.method).toMatch(/full-domain generalisation.*Samarati.*Incognito/);
    expect(file.columns).toEqual([
      'yearOfRegistration',
      'gender',
      'ageBroad',
      'majorityStatus',
      'citizenship',
      'citizenshipRegion',
      'typeOfExploitConcatenated',
      'isSexualExploit',
      'isForcedLabour',
      'isForcedMarriage',
      'isOrganRemoval',
      'isSlaveryAndPractices',
      'isOtherExploit',
    ]);
  });

  it('sorts rows by their values, so their order tells nothing of the records', () => {
    const file = fileWith(11);
    const shuffled = buildRecordFile([...entries].reverse(), PERIOD, { k: 11, suppressionPercent: 5 }, NOW);
    expect(shuffled.rows).toEqual(file.rows);
    expect(shuffled.metadata.checksum).toEqual(file.metadata.checksum);
  });

  it('withholds the number of persons when they are fewer than k, and publishes no row', () => {
    const file = buildRecordFile(entries.slice(0, 7), PERIOD, { k: 11, suppressionPercent: 5 }, NOW);
    expect(file.rows).toEqual([]);
    expect(file.metadata).toMatchObject({ persons: null, suppressed: null, rows: 0 });
    const csv = RECORD_WRITERS.csv.write(file).toString('utf8');
    expect(csv).toContain('Persons in the period: withheld (fewer than 11 persons)');
    expect(csv).toContain('Rows suppressed: withheld (fewer than 11 persons)');
  });

  it('writes an empty period as a file with a header and no row', () => {
    const file = buildRecordFile([], PERIOD, { k: 11, suppressionPercent: 5 }, NOW);
    expect(file.rows).toEqual([]);
    const lines = RECORD_WRITERS.csv.write(file).toString('utf8').slice(1).split('\r\n');
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual([file.columns.join(','), '']);
  });

  it('writes CSV as comment lines of metadata, a header and a line per row; JSON as objects', () => {
    const file = fileWith(11);
    const csv = RECORD_WRITERS.csv.write(file).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    const data = lines.filter((line) => line !== '' && !line.startsWith('#'));
    expect(data[0]).toBe(file.columns.join(','));
    expect(data).toHaveLength(file.rows.length + 1);
    expect(lines.filter((line) => line.startsWith('#')).join('\n')).toMatch(/k: 11[\s\S]*Rows suppressed: \d+/);
    const json = JSON.parse(RECORD_WRITERS.json.write(file).toString('utf8'));
    expect(json.rows).toHaveLength(file.rows.length);
    expect(Object.keys(json.rows[0])).toEqual(file.columns);
    expect(json.metadata.checksum).toEqual(file.metadata.checksum);
  });
});
