import { EXPLOITATION_FORMS, type ExploitationForm, type Sex } from '@ibd/shared/contracts';
import {
  CTDC_AGE_BANDS,
  EXPLOITATION_FORM_LABELS,
  EXPLOITATION_MAPPING,
  OTHER_EU_COUNTRIES,
} from '../reporting/classifications';
import type { FrequencyEntry, HierarchyLevel, QuasiIdentifier } from './anonymise/lattice';

/**
 * The quasi-identifiers of the record-level file and their generalisation hierarchies
 * (statistics.md, "Record-level anonymised file"). Every column of the file belongs to one of them:
 * the file has no other attribute, so nothing in it escapes the k-anonymity check.
 *
 * Values are written as the Counter Trafficking Data Collaborative writes them in its Global
 * Dataset (HTCDS vocabulary): an empty cell is a value generalised away, `Unknown` one not recorded.
 */

/** What the database holds of one person of the period (see record-persons.ts), before any generalisation. */
export interface PersonAttributes {
  year: number;
  sex: Sex;
  /** CTDC age band code at identification (CTDC_AGE_BANDS), null without a birth year. */
  ageBand: string | null;
  child: boolean;
  citizenship: string | null;
  forms: readonly ExploitationForm[];
}

const UNKNOWN = 'Unknown';
const withheld = (columns: number): HierarchyLevel => ({
  name: 'withheld',
  generalise: () => new Array<string>(columns).fill(''),
});

/** HTCDS `Gender` values. */
const GENDER: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Transgender/NonConforming',
  unknown: UNKNOWN,
};

/** CTDC writes its bands with a double hyphen (`9--17`), which spreadsheets do not take for dates. */
const ctdcBand = (code: string) => code.replace('-', '--');
/** Wider bands, each a union of CTDC bands: [label, lowest age]. */
const WIDE_BANDS: ReadonlyArray<readonly [string, number]> = [
  ['0--17', 0],
  ['18--26', 18],
  ['27--38', 27],
  ['39+', 39],
];
const lowestAge = new Map(CTDC_AGE_BANDS.map(([code, , lowest]) => [ctdcBand(code), lowest]));
const wideBand = (band: string) =>
  band === UNKNOWN
    ? UNKNOWN
    : ([...WIDE_BANDS].reverse().find(([, lowest]) => (lowestAge.get(band) ?? 0) >= lowest)?.[0] ?? UNKNOWN);

const CITIZENSHIP_REGION = { BG: 'Bulgaria', EU: 'Other EU', NON_EU: 'Non-EU' } as const;
const OTHER_EU = new Set<string>(OTHER_EU_COUNTRIES);
const regionOf = (country: string) =>
  country === UNKNOWN
    ? UNKNOWN
    : country === 'BG'
      ? CITIZENSHIP_REGION.BG
      : OTHER_EU.has(country)
        ? CITIZENSHIP_REGION.EU
        : CITIZENSHIP_REGION.NON_EU;

/** CTDC's three exploitation flags, from the Eurostat category of each form (sexual / forced labour / other). */
const CTDC_FLAGS = [
  ['isSexualExploit', 'sexual'],
  ['isForcedLabour', 'forced_labour'],
  ['isOtherExploit', 'other'],
] as const;
const flagsOf = (forms: readonly ExploitationForm[]) =>
  CTDC_FLAGS.map(([, category]) =>
    forms.some((form) => EXPLOITATION_MAPPING[form].eurostat === category) ? '1' : '0',
  );
const formsOf = (leaf: string) => (leaf === '' ? [] : (leaf.split(';') as ExploitationForm[]));

/** Years from the period's first, in spans of `width` years, the last one cut at the period's end. */
const yearSpan = (first: number, last: number, width: number): HierarchyLevel => ({
  name: width === 1 ? 'year' : `${width}-year span`,
  generalise: (leaf) => {
    const start = first + Math.floor((Number(leaf) - first) / width) * width;
    const end = Math.min(start + width - 1, last);
    return [start === end ? String(start) : `${start}-${end}`];
  },
});

/**
 * The quasi-identifiers of a period of whole years. Sex and the form of exploitation are
 * quasi-identifiers too, as CTDC treats them: both are told in court records, press reports and by
 * people who know the victim, so an attacker can hold them together with age and citizenship.
 */
export function quasiIdentifiers(firstYear: number, lastYear: number): QuasiIdentifier[] {
  return [
    {
      name: 'year of identification',
      columns: ['yearOfRegistration'],
      levels: [
        yearSpan(firstYear, lastYear, 1),
        yearSpan(firstYear, lastYear, 2),
        yearSpan(firstYear, lastYear, 4),
        { ...yearSpan(firstYear, lastYear, lastYear - firstYear + 1), name: 'whole period' },
      ],
    },
    {
      name: 'sex',
      columns: ['gender'],
      levels: [
        { name: 'HTCDS gender', generalise: (leaf) => [leaf] },
        { name: 'female, male, other or unknown', generalise: (leaf) => [leaf === GENDER.other ? UNKNOWN : leaf] },
        withheld(1),
      ],
    },
    {
      name: 'age at identification',
      columns: ['ageBroad', 'majorityStatus'],
      levels: [
        { name: 'CTDC age band', generalise: (leaf) => leaf.split('|') },
        {
          name: 'wide age band (0-17, 18-26, 27-38, 39+)',
          generalise: (leaf) => {
            const [band, majority] = leaf.split('|');
            return [wideBand(band), majority];
          },
        },
        { name: 'minor or adult', generalise: (leaf) => ['', leaf.split('|')[1]] },
        withheld(2),
      ],
    },
    {
      name: 'citizenship',
      columns: ['citizenship', 'citizenshipRegion'],
      levels: [
        { name: 'country (ISO 3166-1 alpha-2)', generalise: (leaf) => [leaf, regionOf(leaf)] },
        { name: 'region (Bulgaria, other EU, non-EU)', generalise: (leaf) => ['', regionOf(leaf)] },
        withheld(2),
      ],
    },
    {
      name: 'forms of exploitation',
      columns: ['typeOfExploitConcatenated', ...CTDC_FLAGS.map(([column]) => column)],
      levels: [
        {
          name: 'every form',
          generalise: (leaf) => {
            const forms = formsOf(leaf);
            return [forms.map((form) => EXPLOITATION_FORM_LABELS[form]).join('; '), ...flagsOf(forms)];
          },
        },
        { name: 'sexual, forced labour, other', generalise: (leaf) => ['', ...flagsOf(formsOf(leaf))] },
        withheld(1 + CTDC_FLAGS.length),
      ],
    },
  ];
}

/** The recorded values of a person as the leaves of the hierarchies above, in their order. */
export function leavesOf(person: PersonAttributes): string[] {
  const forms = EXPLOITATION_FORMS.filter((form) => person.forms.includes(form));
  return [
    String(person.year),
    GENDER[person.sex],
    `${person.ageBand === null ? UNKNOWN : ctdcBand(person.ageBand)}|${person.child ? 'Minor' : 'Adult'}`,
    person.citizenship ?? UNKNOWN,
    forms.join(';'),
  ];
}

/** A frequency set of persons: how many persons have each combination of recorded values. */
export const frequencyEntry = (person: PersonAttributes, count: number): FrequencyEntry => ({
  leaves: leavesOf(person),
  count,
});
