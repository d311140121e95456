import { EXPLOITATION_FORMS, type ExploitationForm, type Sex } from '@ibd/shared/contracts';
import {
  alpha2Of,
  alpha3Of,
  CTDC_EXPLOITATION_OF_FORM,
  CTDC_EXPLOITATION_TYPES,
  CTDC_GENDER_OF_SEX,
  type CitizenshipRegion,
  citizenshipRegion,
  type CtdcAgeBand,
} from '@ibd/api/interchange';
import { EXPLOITATION_FORM_LABELS } from '../reporting/classifications';
import type { FrequencyEntry, HierarchyLevel, QuasiIdentifier } from './anonymise/lattice';

/**
 * The quasi-identifiers of the record-level file and their generalisation hierarchies
 * (statistics.md, "Record-level anonymised file"). Every column of the file belongs to one of them:
 * the file has no other attribute, so nothing in it escapes the k-anonymity check.
 *
 * Values are written as the Counter Trafficking Data Collaborative writes them in its global data
 * set, from the code lists of @ibd/api/interchange: an empty cell is a value generalised away,
 * `Unknown` one not recorded.
 */

/** What the database holds of one person of the period (see record-persons.ts), before any generalisation. */
export interface PersonAttributes {
  year: number;
  sex: Sex;
  /** CTDC age band at identification, null without a birth year. */
  ageBand: CtdcAgeBand | null;
  child: boolean;
  /** ISO 3166-1 alpha-2, as ИБД stores it. */
  citizenship: string | null;
  forms: readonly ExploitationForm[];
}

const UNKNOWN = 'Unknown';
const withheld = (columns: number): HierarchyLevel => ({
  name: 'withheld',
  generalise: () => new Array<string>(columns).fill(''),
});

/** Wider bands, each a union of CTDC bands: [label, its CTDC bands]. */
const WIDE_BANDS: ReadonlyArray<readonly [string, readonly CtdcAgeBand[]]> = [
  ['0-17', ['0-8', '9-17']],
  ['18-26', ['18-20', '21-23', '24-26']],
  ['27-38', ['27-29', '30-38']],
  ['39+', ['39-47', '48+']],
];
const wideBand = (band: string) => WIDE_BANDS.find(([, bands]) => bands.includes(band as CtdcAgeBand))?.[0] ?? UNKNOWN;

const REGION_LABEL: Record<CitizenshipRegion, string> = {
  BG: 'Bulgaria',
  other_eu: 'Other EU',
  non_eu: 'Non-EU',
  unknown: UNKNOWN,
};
/** A leaf of citizenship is the alpha-3 code (CTDC's data sets use alpha-3; a code ISO has not assigned stays as stored), or Unknown. */
const regionOf = (leaf: string) => REGION_LABEL[citizenshipRegion(leaf === UNKNOWN ? null : (alpha2Of(leaf) ?? leaf))];

/** CTDC's exploitation flags, `isSexualExploit`, `isForcedLabour`, ..., each form under its CTDC type. */
const CTDC_FLAGS = CTDC_EXPLOITATION_TYPES.map((type) => `is${type}`);
const flagsOf = (forms: readonly ExploitationForm[]) =>
  CTDC_EXPLOITATION_TYPES.map((type) => (forms.some((form) => CTDC_EXPLOITATION_OF_FORM[form] === type) ? '1' : '0'));
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
        { name: 'CTDC gender', generalise: (leaf) => [leaf] },
        {
          name: 'woman, man, or other or unknown',
          generalise: (leaf) => [leaf === CTDC_GENDER_OF_SEX.other ? CTDC_GENDER_OF_SEX.unknown : leaf],
        },
        withheld(1),
      ],
    },
    {
      name: 'age at identification',
      columns: ['ageBroad', 'majorityStatus'],
      levels: [
        { name: 'CTDC age band', generalise: (leaf) => leaf.split('|') },
        {
          name: `wide age band (${WIDE_BANDS.map(([label]) => label).join(', ')})`,
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
        { name: 'country (ISO 3166-1 alpha-3)', generalise: (leaf) => [leaf, regionOf(leaf)] },
        { name: 'region (Bulgaria, other EU, non-EU)', generalise: (leaf) => ['', regionOf(leaf)] },
        withheld(2),
      ],
    },
    {
      name: 'forms of exploitation',
      columns: ['typeOfExploitConcatenated', ...CTDC_FLAGS],
      levels: [
        {
          name: 'every form',
          generalise: (leaf) => {
            const forms = formsOf(leaf);
            return [forms.map((form) => EXPLOITATION_FORM_LABELS[form]).join('; '), ...flagsOf(forms)];
          },
        },
        { name: 'CTDC exploitation types', generalise: (leaf) => ['', ...flagsOf(formsOf(leaf))] },
        withheld(1 + CTDC_FLAGS.length),
      ],
    },
  ];
}

/** The recorded values of a person as the leaves of the hierarchies above, in their order. */
export function leavesOf(person: PersonAttributes): string[] {
  const forms = EXPLOITATION_FORMS.filter((form) => person.forms.includes(form));
  const country = person.citizenship === null ? UNKNOWN : (alpha3Of(person.citizenship) ?? person.citizenship);
  return [
    String(person.year),
    CTDC_GENDER_OF_SEX[person.sex],
    `${person.ageBand ?? UNKNOWN}|${person.child ? 'Minor' : 'Adult'}`,
    country,
    forms.join(';'),
  ];
}

/** A frequency set of persons: how many persons have each combination of recorded values. */
export const frequencyEntry = (person: PersonAttributes, count: number): FrequencyEntry => ({
  leaves: leavesOf(person),
  count,
});
