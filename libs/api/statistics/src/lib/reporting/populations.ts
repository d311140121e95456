import type { EntityManager } from 'typeorm';
import { EXPLOITATION_FORMS } from '@ibd/shared/contracts';
import { execute, queryRows } from '@ibd/api/core';
import type { ReportingPeriod } from '../export/reporting-table';
import { STATISTICS_TIME_ZONE } from '../period/statistics-period';
import { CTDC_AGE_BANDS, OTHER_EU_COUNTRIES } from './classifications';

/** The two populations of a period (see POPULATION_CASES). */
export type Population = 'identified' | 'under_care';

/** The instants a period of Sofia days starts and ends: `$1` from, `$2` to, `$3` the time zone. */
const STARTS = `$1::date::timestamp AT TIME ZONE $3`;
const ENDS = `($2::date + 1)::timestamp AT TIME ZONE $3`;

/** A case's forms of exploitation as a mask: bit i for the i-th of EXPLOITATION_FORMS. */
export const FORMS_MASK = EXPLOITATION_FORMS.map(
  (form, i) => `CASE WHEN '${form}' = ANY(c.exploitation_forms) THEN ${1 << i} ELSE 0 END`,
).join(' | ');

/**
 * The cases of each population of a period (`c` a case):
 * - `identified`: newly identified in the period, the case's (informal) identification date in it;
 * - `under_care`: a case open at some time in the period.
 */
export const POPULATION_CASES: Record<Population, string> = {
  identified: `c.identified_at BETWEEN $1::date AND $2::date`,
  under_care: `c.opened_at < ${ENDS} AND (c.closed_at IS NULL OR c.closed_at >= ${STARTS})`,
};

/**
 * The CTDC band of an age, as a CASE over the bands (highest first); 'unknown' without a birth
 * year, which least/greatest alone would skip.
 */
const ageBand = (age: string) => `
  CASE WHEN c.birth_year IS NULL THEN 'unknown'
       ${[...CTDC_AGE_BANDS]
         .reverse()
         .map(([code, , lowest]) => `WHEN ${age} >= ${lowest} THEN '${code}'`)
         .join('\n       ')}
       ELSE 'unknown' END`;

/**
 * The CTDC band of a case's age at identification (`c` with child, identified_at and birth_year),
 * kept on the side of the child flag (from the birth date) when the birth year alone says otherwise.
 */
export const AGE_BAND_AT_IDENTIFICATION =
  ageBand(`CASE WHEN c.child THEN least(extract(year FROM c.identified_at)::int - c.birth_year, 17)
                         ELSE greatest(extract(year FROM c.identified_at)::int - c.birth_year, 18) END`);

/**
 * One row per person and population, whatever the number of their cases. The single-valued
 * attributes of a case (age at identification, identifying organisation, internal/transnational)
 * are those of the person's first case in the population (earliest identification). The CTDC band
 * uses the age from the birth year, kept on the side of the child flag (from the birth date).
 * `forms`: every form of exploitation of the person's cases in the population, as a mask (each
 * case's by FORMS_MASK; the window orders as DISTINCT ON does, so one sort serves both). Each
 * population is selected and sorted on its own, straight from the cases and their persons: two
 * sorts of half the rows, by person, cost less than one by population and person.
 */
const personsOf = (population: Population) => `
  SELECT DISTINCT ON (c.victim_id)
         '${population}'::text AS population, c.victim_id,
         CASE WHEN c.sex IN ('female', 'male') THEN c.sex ELSE 'other_unknown' END AS sex_group,
         CASE WHEN c.child THEN 'child' ELSE 'adult' END AS age_group,
         ${AGE_BAND_AT_IDENTIFICATION} AS age_band,
         coalesce(c.citizenship, 'unknown') AS country,
         CASE WHEN c.citizenship IS NULL THEN 'unknown' WHEN c.citizenship = 'BG' THEN 'bulgarian'
              WHEN c.citizenship = ANY($4::text[]) THEN 'other_eu' ELSE 'non_eu' END AS citizenship_group,
         c.identified_by,
         CASE WHEN c.transnational THEN 'transnational' ELSE 'internal' END AS scope,
         bit_or(c.forms)
           OVER (PARTITION BY c.victim_id ORDER BY c.identified_at, c.opened_at, c.id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS forms
    FROM (SELECT c.id, c.victim_id, c.identified_at, c.opened_at, c.identified_by, c.transnational, c.child,
                 ${FORMS_MASK} AS forms, v.sex, v.birth_year, v.citizenship
            FROM cases c JOIN victims v ON v.id = c.victim_id
           WHERE ${POPULATION_CASES[population]}) AS c
   ORDER BY c.victim_id, c.identified_at, c.opened_at, c.id`;

const PERSONS = `
  CREATE TEMP TABLE reporting_persons ON COMMIT DROP AS
  (${personsOf('identified')})
  UNION ALL
  (${personsOf('under_care')})`;

/** The single-valued attributes of a person (columns of reporting_persons) the tables count by. */
export const PERSON_ATTRIBUTES = [
  'age_group',
  'age_band',
  'citizenship_group',
  'country',
  'identified_by',
  'scope',
] as const;
export type PersonAttribute = (typeof PERSON_ATTRIBUTES)[number];

/**
 * The persons of each population by every attribute and sex, by sex, and in all, and by mask of
 * forms of exploitation and sex, in one pass over reporting_persons (a grouping set each):
 * `attribute` names the attribute `code` is a value of ('forms' for the rows by `forms`), null in
 * the rows by sex and in all. The tables read their cells, or the masks they count, from here.
 */
const PERSON_COUNTS = `
  CREATE TEMP TABLE reporting_person_counts ON COMMIT DROP AS
  SELECT population,
         CASE ${PERSON_ATTRIBUTES.map((a) => `WHEN GROUPING(${a}) = 0 THEN '${a}'`).join(' ')}
              WHEN GROUPING(forms) = 0 THEN 'forms' END AS attribute,
         coalesce(${PERSON_ATTRIBUTES.join(', ')}) AS code, forms, sex_group, count(*)::int AS persons
    FROM reporting_persons
   GROUP BY GROUPING SETS (${PERSON_ATTRIBUTES.map((a) => `(population, ${a}, sex_group)`).join(', ')},
                           (population, forms, sex_group), (population, sex_group), (population))`;

/**
 * The persons of some populations (POPULATION_CASES) with their sex only, for the tables built
 * beside the others (`reads: 'services'`, see selectServices): a person's sex is that of any case.
 */
const personSexes = (populations: readonly Population[]) => `
  CREATE TEMP TABLE reporting_person_sexes ON COMMIT DROP AS
  SELECT c.population, c.victim_id,
         CASE WHEN v.sex IN ('female', 'male') THEN v.sex ELSE 'other_unknown' END AS sex_group
    FROM (${populations
      .map(
        (population) =>
          `SELECT DISTINCT '${population}'::text AS population, c.victim_id FROM cases c WHERE ${POPULATION_CASES[population]}`,
      )
      .join('\n          UNION ALL\n          ')}) AS c
    JOIN victims v ON v.id = c.victim_id`;

/**
 * The service types as bits: `(code, word, bit)`, 63 types to a word of a bigint mask, so the
 * types a person received fold into a few integers instead of a row per person and type.
 */
const SERVICE_BITS = `
  CREATE TEMP TABLE reporting_service_bits ON COMMIT DROP AS
  SELECT code, (n / 63)::int AS word, (1::bigint << (n % 63)::int) AS bit
    FROM (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM service_types) AS t`;

/** A string as an SQL literal (standard_conforming_strings: only the quote is special). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Every type of service a person received in the period, whichever case it was under: one row per
 * person and word, `mask` the bits (reporting_service_bits, as `bits`) of the types. service_records
 * is read once and summed per case first (few groups), then per person; a record's bit comes from
 * a CASE over the types' codes (a few comparisons, cheaper per record than a join), a mask per word.
 */
const services = (bits: ReadonlyArray<{ code: string; word: number; bit: string }>) => {
  const words = [...new Set(bits.map((b) => b.word))].sort((a, b) => a - b);
  if (words.length === 0)
    return `CREATE TEMP TABLE reporting_services (victim_id uuid, word int, mask bigint) ON COMMIT DROP`;
  const mask = (word: number) =>
    `CASE s.type ${bits
      .filter((b) => b.word === word)
      .map((b) => `WHEN ${literal(b.code)} THEN ${b.bit}::bigint`)
      .join(' ')} ELSE 0::bigint END`;
  return `
  CREATE TEMP TABLE reporting_services ON COMMIT DROP AS
  SELECT v.victim_id, w.word, w.mask
    FROM (SELECT c.victim_id, ${words.map((word) => `bit_or(s.mask_${word}) AS mask_${word}`).join(', ')}
            FROM (SELECT s.case_id, ${words.map((word) => `bit_or(${mask(word)}) AS mask_${word}`).join(', ')}
                    FROM service_records s
                   WHERE s.provided_at >= ${STARTS} AND s.provided_at < ${ENDS}
                   GROUP BY s.case_id) AS s
            JOIN cases c ON c.id = s.case_id
           GROUP BY c.victim_id) AS v
   CROSS JOIN LATERAL (VALUES ${words.map((word) => `(${word}, v.mask_${word})`).join(', ')}) AS w(word, mask)
   WHERE w.mask <> 0`;
};

/** Temporary tables have no statistics until analysed, and the tables' plans depend on them. */
const ANALYZE_SERVICES = `ANALYZE reporting_person_sexes, reporting_service_bits, reporting_services`;

/**
 * Selects the persons of a period, one row each (reporting_persons), and counts them by each
 * attribute (reporting_person_counts), into temporary tables of the caller's transaction: what
 * every table reads but those of services received.
 */
export async function selectPersons(manager: EntityManager, { from, to }: ReportingPeriod): Promise<void> {
  await execute(manager, PERSONS, [from, to, STATISTICS_TIME_ZONE, OTHER_EU_COUNTRIES]);
  await execute(manager, PERSON_COUNTS);
}

/**
 * Selects what the tables of services received read (`reads: 'services'`) into temporary tables
 * of the caller's transaction: the persons of the period's `populations` with their sex
 * (reporting_person_sexes) and the types of service each received (reporting_services,
 * reporting_service_bits). Run in a second transaction on the same snapshot as selectPersons, so
 * the two read the same data side by side.
 */
export async function selectServices(
  manager: EntityManager,
  { from, to }: ReportingPeriod,
  populations: readonly Population[],
): Promise<void> {
  const period = [from, to, STATISTICS_TIME_ZONE];
  // Only under_care reads the time zone ($3), and PostgreSQL refuses a parameter it cannot type.
  await execute(manager, personSexes(populations), populations.includes('under_care') ? period : [from, to]);
  await execute(manager, SERVICE_BITS);
  const bits = await queryRows<{ code: string; word: number; bit: string }>(
    manager,
    `SELECT code, word, bit::text FROM reporting_service_bits ORDER BY word, bit`,
  );
  await execute(manager, services(bits), bits.length > 0 ? period : []);
  await execute(manager, ANALYZE_SERVICES);
}
