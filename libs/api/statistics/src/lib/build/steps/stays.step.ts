import type { MetricStep } from '../metric-step';
import { dailyOpenCounts, INSERT_SNAPSHOTS, RESIDENTIAL_KINDS, sofiaDay } from './sql';

/**
 * Stays on each night, from the placements: a person is resident on the night of day d when
 * admitted on or before d and not discharged before the day after (Sofia days), so a stay of n
 * nights gives n bed-nights and one admitted and discharged the same day none.
 * - `bed_nights`: resident nights summed over the period's days;
 * - `residents_at_end`: resident at the end of the period's last day;
 * - `stays_past_term`: of those, stays whose term had ended before that day, taking the term in
 *   force then: the initial one, or the last extension recorded by that day.
 */
const STAYS = `
  SELECT p.id, p.facility_id, p.admitted_at, p.initial_limit_date,
         ${sofiaDay('p.admitted_at')} AS admit_day, ${sofiaDay('p.discharged_at')} AS discharge_day
    FROM placements p CROSS JOIN build_range r
   WHERE p.admitted_at < r.ends_at AND (p.discharged_at IS NULL OR p.discharged_at >= r.starts_at)`;

/**
 * Each term of a stay with the days it was in force: from its recording to the next one's (none
 * after the last), with the stay's facility and discharge. A stay never extended has one term, its
 * initial one, in force to the end: only the extended stays' terms are sorted to find the next one.
 */
const EXTENDED = `EXISTS (SELECT 1 FROM placement_extensions e WHERE e.placement_id = s.id)`;
const TERMS = `
  SELECT s.facility_id, s.discharge_day, s.initial_limit_date AS limit_date, s.admit_day AS from_day, NULL::date AS until_day
    FROM stays s
   WHERE NOT ${EXTENDED}
  UNION ALL
  SELECT t.facility_id, t.discharge_day, t.limit_date, t.from_day,
         lead(t.from_day) OVER (PARTITION BY t.placement_id ORDER BY t.recorded_at)
    FROM (SELECT s.id AS placement_id, s.facility_id, s.discharge_day, s.initial_limit_date AS limit_date,
                 s.admit_day AS from_day, s.admitted_at AS recorded_at
            FROM stays s
           WHERE ${EXTENDED}
          UNION ALL
          SELECT e.placement_id, s.facility_id, s.discharge_day, e.new_limit_date, ${sofiaDay('e.recorded_at')}, e.recorded_at
            FROM placement_extensions e JOIN stays s ON s.id = e.placement_id CROSS JOIN build_range r) AS t`;

const INTERVALS = `
  SELECT s.facility_id, 'resident' AS metric, s.admit_day AS from_day, s.discharge_day AS to_day FROM stays s
  UNION ALL
  SELECT t.facility_id, 'past_term', greatest(t.limit_date + 1, t.from_day), least(t.until_day, t.discharge_day)
    FROM terms t`;

export const staysStep: MetricStep = {
  name: 'stays',
  metrics: ['bed_nights', 'residents_at_end', 'stays_past_term'],
  sql: `
    WITH stays AS (${STAYS}),
    terms AS (${TERMS}),
    ${dailyOpenCounts(INTERVALS, ['resident', 'past_term'], RESIDENTIAL_KINDS)},
    figures AS (
      SELECT d.facility_id, b.period_kind, b.period_start, b.period_end,
             sum(d.value) FILTER (WHERE d.metric = 'resident') AS bed_nights,
             sum(d.value) FILTER (WHERE d.metric = 'resident' AND b.day = b.period_end) AS residents_at_end,
             sum(d.value) FILTER (WHERE d.metric = 'past_term' AND b.day = b.period_end) AS stays_past_term
        FROM daily d JOIN build_days b ON b.day = d.day
       GROUP BY d.facility_id, b.period_kind, b.period_start, b.period_end)
    ${INSERT_SNAPSHOTS}
    SELECT f.facility_id, f.period_kind, f.period_start, f.period_end, m.metric, '', m.value, $1
      FROM figures f
     CROSS JOIN LATERAL (VALUES ('bed_nights', f.bed_nights), ('residents_at_end', f.residents_at_end),
                                ('stays_past_term', f.stays_past_term)) AS m(metric, value)`,
};
