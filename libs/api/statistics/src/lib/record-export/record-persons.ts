import type { EntityManager } from 'typeorm';
import { EXPLOITATION_FORMS, type Sex } from '@ibd/shared/contracts';
import type { CtdcAgeBand } from '@ibd/api/interchange';
import { queryRows } from '@ibd/api/core';
import type { ReportingPeriod } from '../export/reporting-table';
import { AGE_BAND_AT_IDENTIFICATION, FORMS_MASK, POPULATION_CASES } from '../reporting/populations';
import type { FrequencyEntry } from './anonymise/lattice';
import { frequencyEntry } from './quasi-identifiers';

/**
 * The persons newly identified in the period, one each however many cases they have (their first
 * case in the period gives year, age and the other single values, every case its forms), counted by
 * combination of recorded values: the frequency set the anonymisation works on. No id, code, name,
 * date or unit leaves the database; the window orders as DISTINCT ON does, so one sort serves both.
 */
const FREQUENCIES = `
  SELECT year, sex, age_band, child, citizenship, forms, count(*)::int AS persons
    FROM (SELECT DISTINCT ON (c.victim_id)
                 extract(year FROM c.identified_at)::int AS year, c.sex,
                 ${AGE_BAND_AT_IDENTIFICATION} AS age_band, c.child, c.citizenship,
                 bit_or(c.forms)
                   OVER (PARTITION BY c.victim_id ORDER BY c.identified_at, c.opened_at, c.id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS forms
            FROM (SELECT c.id, c.victim_id, c.identified_at, c.opened_at, c.child,
                         ${FORMS_MASK} AS forms, v.sex, v.birth_year, v.citizenship
                    FROM cases c JOIN victims v ON v.id = c.victim_id
                   WHERE ${POPULATION_CASES.identified}) AS c
           ORDER BY c.victim_id, c.identified_at, c.opened_at, c.id) AS p
   GROUP BY year, sex, age_band, child, citizenship, forms`;

interface FrequencyRow {
  year: number;
  sex: Sex;
  age_band: CtdcAgeBand | 'unknown';
  child: boolean;
  citizenship: string | null;
  forms: number;
  persons: number;
}

/** The frequency set of the persons identified in a period of whole days. */
export async function personFrequencies(
  manager: EntityManager,
  { from, to }: ReportingPeriod,
): Promise<FrequencyEntry[]> {
  const rows = await queryRows<FrequencyRow>(manager, FREQUENCIES, [from, to]);
  return rows.map((row) =>
    frequencyEntry(
      {
        year: row.year,
        sex: row.sex,
        ageBand: row.age_band === 'unknown' ? null : row.age_band,
        child: row.child,
        citizenship: row.citizenship,
        forms: EXPLOITATION_FORMS.filter((_, i) => (row.forms & (1 << i)) !== 0),
      },
      row.persons,
    ),
  );
}
