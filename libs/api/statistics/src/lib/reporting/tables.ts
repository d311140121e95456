import type { EntityManager } from 'typeorm';
import { EXPLOITATION_FORMS, SOURCES } from '@ibd/shared/contracts';
import { queryRows } from '@ibd/api/core';
import {
  AGE_GROUPS,
  CITIZENSHIP_GROUPS,
  Classification,
  CTDC_AGE_BANDS,
  EUROSTAT_CATEGORIES,
  EXPLOITATION_FORM_LABELS,
  EXPLOITATION_MAPPING,
  SOURCE_LABELS,
  TIP_CATEGORIES,
  TRAFFICKING_SCOPES,
} from './classifications';
import { Population, TableSpec } from './table-builder';

const POPULATIONS: ReadonlyArray<readonly [Population, string]> = [
  ['identified', 'Persons newly identified in the period'],
  ['under_care', 'Persons under care in the period'],
];

/**
 * Persons by form of exploitation, or by the categories forms map onto, from the persons' masks of
 * forms (`forms` of reporting_persons): row `$2[i]` holds the persons with any of the forms of
 * mask `$3[i]`; the persons with any row, those with any of them. The persons are counted by sex
 * and mask first (reporting_person_counts: a few hundred rows), so no pair of person and row is formed.
 */
const FORM_COUNTS = `
  WITH masks AS MATERIALIZED (
    SELECT sex_group, forms AS mask, persons FROM reporting_person_counts WHERE population = $1 AND attribute = 'forms')
  SELECT m.code, p.sex_group, sum(p.persons)::int AS persons
    FROM masks p JOIN unnest($2::text[], $3::int[]) AS m(code, mask) ON p.mask & m.mask <> 0
   GROUP BY m.code, p.sex_group
  UNION ALL
  SELECT NULL, p.sex_group, sum(p.persons)::int
    FROM masks p
   WHERE p.mask & (SELECT bit_or(mask) FROM unnest($3::int[]) AS m(mask)) <> 0
   GROUP BY ROLLUP (p.sex_group)`;
const FORM_CODES = [...EXPLOITATION_FORMS];
const formBit = (form: string) => 1 << FORM_CODES.indexOf(form as (typeof FORM_CODES)[number]);
const FORMS = { counts: FORM_COUNTS, params: [FORM_CODES, FORM_CODES.map(formBit)] };
const mappedTo = (scheme: 'eurostat' | 'tip') => {
  const codes = [...new Set(FORM_CODES.map((form) => EXPLOITATION_MAPPING[form][scheme]))];
  const masks = codes.map((code) =>
    FORM_CODES.filter((form) => EXPLOITATION_MAPPING[form][scheme] === code).reduce(
      (mask, form) => mask | formBit(form),
      0,
    ),
  );
  return { counts: FORM_COUNTS, params: [codes, masks] };
};

/** The countries of citizenship present, by code, unknown last (see PERSON_COUNTS of populations.ts). */
async function countries(manager: EntityManager, population: Population): Promise<Classification> {
  const rows = await queryRows<{ country: string }>(
    manager,
    `SELECT code AS country FROM reporting_person_counts WHERE population = $1 AND attribute = 'country'
      GROUP BY code ORDER BY code = 'unknown', code`,
    [population],
  );
  return rows.map(({ country }) => [country, country === 'unknown' ? 'Unknown' : country]);
}

async function serviceTypes(manager: EntityManager): Promise<Classification> {
  const rows = await queryRows<{ code: string; name: string }>(
    manager,
    `SELECT code, name_en AS name FROM service_types ORDER BY created_at, code`,
  );
  return rows.map(({ code, name }) => [code, name]);
}

/** The tables of one population, every one by sex. */
function populationTables(population: Population, title: string): TableSpec[] {
  const prefix = population === 'identified' ? 'identified' : 'under-care';
  const table = (id: string, what: string, spec: Omit<TableSpec, 'id' | 'title' | 'population'>): TableSpec => ({
    id: `${prefix}-by-${id}-and-sex`,
    title: `${title}, by ${what} and sex`,
    population,
    ...spec,
  });
  return [
    table('age-group', 'age group at identification', {
      rowHeading: 'Age group',
      rowKind: 'age_group',
      rows: AGE_GROUPS,
      source: { column: 'age_group' },
    }),
    table('ctdc-age-band', 'age at identification (CTDC bands)', {
      rowHeading: 'Age',
      rowKind: 'ctdc_age_band',
      rows: [...CTDC_AGE_BANDS.map(([code, label]) => [code, label] as const), ['unknown', 'Unknown']],
      source: { column: 'age_band' },
    }),
    table('citizenship-group', 'citizenship', {
      rowHeading: 'Citizenship',
      rowKind: 'citizenship_group',
      rows: CITIZENSHIP_GROUPS,
      source: { column: 'citizenship_group' },
    }),
    table('country', 'country of citizenship', {
      rowHeading: 'Country of citizenship',
      rowKind: 'country',
      rows: countries,
      source: { column: 'country' },
      foldRareRowsInto: 'Other countries',
    }),
    table('form-of-exploitation', 'form of exploitation', {
      rowHeading: 'Form of exploitation',
      rowKind: 'exploitation_form',
      rows: EXPLOITATION_FORMS.map((form) => [form, EXPLOITATION_FORM_LABELS[form]] as const),
      source: FORMS,
    }),
    table('eurostat-exploitation', 'form of exploitation (Eurostat)', {
      rowHeading: 'Form of exploitation (Eurostat)',
      rowKind: 'eurostat_category',
      rows: EUROSTAT_CATEGORIES,
      source: mappedTo('eurostat'),
    }),
    table('tip-exploitation', 'form of exploitation (US TIP report)', {
      rowHeading: 'Form of trafficking (TIP)',
      rowKind: 'tip_category',
      rows: TIP_CATEGORIES,
      source: mappedTo('tip'),
    }),
    table('identifying-organisation', 'identifying organisation', {
      rowHeading: 'Identified by',
      rowKind: 'source',
      rows: SOURCES.map((source) => [source, SOURCE_LABELS[source]] as const),
      source: { column: 'identified_by' },
    }),
    table('scope', 'internal or transnational trafficking', {
      rowHeading: 'Trafficking',
      rowKind: 'trafficking_scope',
      rows: TRAFFICKING_SCOPES,
      source: { column: 'scope' },
    }),
  ];
}

/**
 * Assistance received: the types of service persons under care received in the period, from the
 * persons' masks of types (populations.ts): a row per person and word, never per person and type,
 * and persons with the same mask counted together before the types are told apart.
 */
const ASSISTANCE_COUNTS = `
  WITH persons AS MATERIALIZED (
    SELECT s.victim_id, p.sex_group, s.word, s.mask
      FROM reporting_person_sexes p JOIN reporting_services s ON s.victim_id = p.victim_id
     WHERE p.population = $1 AND s.mask <> 0),
  masks AS (SELECT sex_group, word, mask, count(*) AS persons FROM persons GROUP BY sex_group, word, mask)
  SELECT b.code, p.sex_group, sum(p.persons)::int AS persons
    FROM masks p JOIN reporting_service_bits b ON b.word = p.word AND p.mask & b.bit <> 0
   GROUP BY b.code, p.sex_group
  UNION ALL
  SELECT NULL, sex_group, count(*)::int
    FROM (SELECT DISTINCT victim_id, sex_group FROM persons) AS distinct_persons
   GROUP BY ROLLUP (sex_group)`;

/** Assistance received: the types of service persons under care received in the period. */
const ASSISTANCE: TableSpec = {
  id: 'under-care-by-assistance-received-and-sex',
  title: 'Persons under care in the period, by assistance received and sex',
  rowHeading: 'Assistance received',
  rowKind: 'service_type',
  population: 'under_care',
  rows: serviceTypes,
  source: { counts: ASSISTANCE_COUNTS },
  reads: 'services',
};

/** Every reporting table, in the order an export lists them: newly identified, then under care. */
export const REPORTING_TABLES: readonly TableSpec[] = [
  ...POPULATIONS.flatMap(([population, title]) => populationTables(population, title)),
  ASSISTANCE,
];
