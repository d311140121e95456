import type { EntityManager } from 'typeorm';
import { EXPLOITATION_FORMS } from '@ibd/shared/contracts';
import type { ReportingPeriod } from '../export/reporting-table';
import { STATISTICS_TIME_ZONE } from '../period/statistics-period';
import { CTDC_AGE_BANDS, OTHER_EU_COUNTRIES } from './classifications';

/** The instants a period of Sofia days starts and ends: `$1` from, `$2` to, `$3` the time zone. */
const STARTS = `$1::date::timestamp AT TIME ZONE $3`;
const ENDS = `($2::date + 1)::timestamp AT TIME ZONE $3`;

/**
 * The cases of the two populations of a period:
 * - `identified`: newly identified in the period, the case's (informal) identification date in it;
 * - `under_care`: a case open at some time in the period.
 */
const CASES = `
  CREATE TEMP TABLE reporting_cases ON COMMIT DROP AS
  SELECT 'identified'::text AS population, c.id, c.victim_id, c.identified_at, c.opened_at, c.identified_by,
         c.transnational, c.child, c.exploitation_forms
    FROM cases c
   WHERE c.identified_at BETWEEN $1::date AND $2::date
  UNION ALL
  SELECT 'under_care', c.id, c.victim_id, c.identified_at, c.opened_at, c.identified_by, c.transnational, c.child,
         c.exploitation_forms
    FROM cases c
   WHERE c.opened_at < ${ENDS} AND (c.closed_at IS NULL OR c.closed_at >= ${STARTS})`;

/**
 * The CTDC band of an age, as a CASE over the bands (highest first); 'unknown' without a birth
 * year, which least/greatest alone would skip.
 */
const ageBand = (age: string) => `
  CASE WHEN v.birth_year IS NULL THEN 'unknown'
       ${[...CTDC_AGE_BANDS]
         .reverse()
         .map(([code, , lowest]) => `WHEN ${age} >= ${lowest} THEN '${code}'`)
         .join('\n       ')}
       ELSE 'unknown' END`;

/** A case's forms of exploitation as a mask: bit i for the i-th of EXPLOITATION_FORMS. */
const FORMS_MASK = EXPLOITATION_FORMS.map(
  (form, i) => `CASE WHEN '${form}' = ANY(c.exploitation_forms) THEN ${1 << i} ELSE 0 END`,
).join(' | ');

/**
 * One row per person and population, whatever the number of their cases. The single-valued
 * attributes of a case (age at identification, identifying organisation, internal/transnational)
 * are those of the person's first case in the population (earliest identification). The CTDC band
 * uses the age from the birth year, kept on the side of the child flag (from the birth date).
 * `forms`: every form of exploitation of the person's cases in the population, as a mask (the
 * window orders as DISTINCT ON does, so one sort serves both).
 */
const PERSONS = `
  CREATE TEMP TABLE reporting_persons ON COMMIT DROP AS
  SELECT DISTINCT ON (c.population, c.victim_id)
         c.population, c.victim_id,
         CASE WHEN v.sex IN ('female', 'male') THEN v.sex ELSE 'other_unknown' END AS sex_group,
         CASE WHEN c.child THEN 'child' ELSE 'adult' END AS age_group,
         ${ageBand(`CASE WHEN c.child THEN least(extract(year FROM c.identified_at)::int - v.birth_year, 17)
                         ELSE greatest(extract(year FROM c.identified_at)::int - v.birth_year, 18) END`)} AS age_band,
         coalesce(v.citizenship, 'unknown') AS country,
         CASE WHEN v.citizenship IS NULL THEN 'unknown' WHEN v.citizenship = 'BG' THEN 'bulgarian'
              WHEN v.citizenship = ANY($1::text[]) THEN 'other_eu' ELSE 'non_eu' END AS citizenship_group,
         c.identified_by,
         CASE WHEN c.transnational THEN 'transnational' ELSE 'internal' END AS scope,
         bit_or(${FORMS_MASK})
           OVER (PARTITION BY c.population, c.victim_id ORDER BY c.identified_at, c.opened_at, c.id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS forms
    FROM reporting_cases c JOIN victims v ON v.id = c.victim_id
   ORDER BY c.population, c.victim_id, c.identified_at, c.opened_at, c.id`;

/**
 * The service types as bits: `(code, word, bit)`, 63 types to a word of a bigint mask, so the
 * types a person received fold into a few integers instead of a row per person and type.
 */
const SERVICE_BITS = `
  CREATE TEMP TABLE reporting_service_bits ON COMMIT DROP AS
  SELECT code, (n / 63)::int AS word, (1::bigint << (n % 63)::int) AS bit
    FROM (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM service_types) AS t`;

/**
 * Every type of service a person received in the period, whichever case it was under: one row per
 * person and word, `mask` the bits (reporting_service_bits) of the types. service_records is read
 * once and summed per case first (few groups), then per person.
 */
const SERVICES = `
  CREATE TEMP TABLE reporting_services ON COMMIT DROP AS
  SELECT c.victim_id, s.word, bit_or(s.mask) AS mask
    FROM (SELECT s.case_id, b.word, bit_or(b.bit) AS mask
            FROM service_records s JOIN reporting_service_bits b ON b.code = s.type
           WHERE s.provided_at >= ${STARTS} AND s.provided_at < ${ENDS}
           GROUP BY s.case_id, b.word) AS s
    JOIN cases c ON c.id = s.case_id
   GROUP BY c.victim_id, s.word`;

/** Temporary tables have no statistics until analysed, and the tables' plans depend on them. */
const ANALYZE = `ANALYZE reporting_service_bits, reporting_services`;

/** Selects the persons of a period into temporary tables of the caller's transaction. */
export async function selectPopulations(manager: EntityManager, { from, to }: ReportingPeriod): Promise<void> {
  const period = [from, to, STATISTICS_TIME_ZONE];
  await manager.query(CASES, period);
  await manager.query(PERSONS, [OTHER_EU_COUNTRIES]);
  await manager.query(SERVICE_BITS);
  await manager.query(SERVICES, period);
  await manager.query(ANALYZE);
}
