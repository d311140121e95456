import type { EntityManager } from 'typeorm';
import { EXPLOITATION_FORMS, SOURCES } from '@ibd/shared/contracts';
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

/** The person's forms of exploitation, or the categories they map onto (`$2` forms, `$3` categories). */
const FORMS = `SELECT victim_id, form AS code FROM reporting_forms WHERE population = $1`;
const MAPPED_FORMS = `
  SELECT DISTINCT f.victim_id, m.code
    FROM reporting_forms f JOIN unnest($2::text[], $3::text[]) AS m(form, code) ON m.form = f.form
   WHERE f.population = $1`;
const FORM_CODES = [...EXPLOITATION_FORMS];
const mappedTo = (scheme: 'eurostat' | 'tip') => [
  FORM_CODES,
  FORM_CODES.map((form) => EXPLOITATION_MAPPING[form][scheme]),
];

/** The countries of citizenship present, by code, unknown last. */
async function countries(manager: EntityManager, population: Population): Promise<Classification> {
  const rows: Array<{ country: string }> = await manager.query(
    `SELECT country FROM reporting_persons WHERE population = $1 GROUP BY country ORDER BY country = 'unknown', country`,
    [population],
  );
  return rows.map(({ country }) => [country, country === 'unknown' ? 'Unknown' : country]);
}

async function serviceTypes(manager: EntityManager): Promise<Classification> {
  const rows: Array<{ code: string; name: string }> = await manager.query(
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
      rows: AGE_GROUPS,
      source: { column: 'age_group' },
    }),
    table('ctdc-age-band', 'age at identification (CTDC bands)', {
      rowHeading: 'Age',
      rows: [...CTDC_AGE_BANDS.map(([code, label]) => [code, label] as const), ['unknown', 'Unknown']],
      source: { column: 'age_band' },
    }),
    table('citizenship-group', 'citizenship', {
      rowHeading: 'Citizenship',
      rows: CITIZENSHIP_GROUPS,
      source: { column: 'citizenship_group' },
    }),
    table('country', 'country of citizenship', {
      rowHeading: 'Country of citizenship',
      rows: countries,
      source: { column: 'country' },
      foldRareRowsInto: 'Other countries',
    }),
    table('form-of-exploitation', 'form of exploitation', {
      rowHeading: 'Form of exploitation',
      rows: EXPLOITATION_FORMS.map((form) => [form, EXPLOITATION_FORM_LABELS[form]] as const),
      source: { multiValued: FORMS },
    }),
    table('eurostat-exploitation', 'form of exploitation (Eurostat)', {
      rowHeading: 'Form of exploitation (Eurostat)',
      rows: EUROSTAT_CATEGORIES,
      source: { multiValued: MAPPED_FORMS, params: mappedTo('eurostat') },
    }),
    table('tip-exploitation', 'form of exploitation (US TIP report)', {
      rowHeading: 'Form of trafficking (TIP)',
      rows: TIP_CATEGORIES,
      source: { multiValued: MAPPED_FORMS, params: mappedTo('tip') },
    }),
    table('identifying-organisation', 'identifying organisation', {
      rowHeading: 'Identified by',
      rows: SOURCES.map((source) => [source, SOURCE_LABELS[source]] as const),
      source: { column: 'identified_by' },
    }),
    table('scope', 'internal or transnational trafficking', {
      rowHeading: 'Trafficking',
      rows: TRAFFICKING_SCOPES,
      source: { column: 'scope' },
    }),
  ];
}

/** Assistance received: the types of service persons under care received in the period. */
const ASSISTANCE: TableSpec = {
  id: 'under-care-by-assistance-received-and-sex',
  title: 'Persons under care in the period, by assistance received and sex',
  rowHeading: 'Assistance received',
  population: 'under_care',
  rows: serviceTypes,
  source: { multiValued: `SELECT victim_id, type AS code FROM reporting_services` },
};

/** Every reporting table, in the order an export lists them: newly identified, then under care. */
export const REPORTING_TABLES: readonly TableSpec[] = [
  ...POPULATIONS.flatMap(([population, title]) => populationTables(population, title)),
  ASSISTANCE,
];
