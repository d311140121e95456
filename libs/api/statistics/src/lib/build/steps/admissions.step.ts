import type { MetricStep } from '../metric-step';
import { facilityPeriods, INSERT_SNAPSHOTS, periodsHolding, RESIDENTIAL_KINDS, sofiaDay } from './sql';

/**
 * Admissions and discharges on the period's days (Sofia), and the length in nights of the stays
 * that ended in the period: `average_length_of_stay` and `median_length_of_stay`, written only
 * when a stay ended (there is no average of nothing).
 */
export const admissionsStep: MetricStep = {
  name: 'admissions',
  metrics: ['admissions', 'discharges', 'average_length_of_stay', 'median_length_of_stay'],
  sql: `
    WITH stays AS (
      SELECT p.facility_id, ${sofiaDay('p.admitted_at')} AS admit_day, ${sofiaDay('p.discharged_at')} AS discharge_day,
             r.first_day, r.last_day
        FROM placements p CROSS JOIN build_range r
       WHERE (p.admitted_at >= r.starts_at AND p.admitted_at < r.ends_at)
          OR (p.discharged_at >= r.starts_at AND p.discharged_at < r.ends_at)),
    events AS (
      SELECT facility_id, admit_day AS day, NULL::int AS nights FROM stays WHERE admit_day BETWEEN first_day AND last_day
      UNION ALL
      SELECT facility_id, discharge_day, discharge_day - admit_day FROM stays WHERE discharge_day BETWEEN first_day AND last_day),
    figures AS (
      SELECT e.facility_id, p.period_kind, p.period_start,
             count(*) FILTER (WHERE e.nights IS NULL) AS admissions,
             count(e.nights) AS discharges,
             round(avg(e.nights), 2) AS average,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY e.nights)::numeric, 2) AS median
        FROM events e ${periodsHolding('e.day')}
       GROUP BY e.facility_id, p.period_kind, p.period_start)
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, m.metric, '', m.value, $1
      FROM (${facilityPeriods(RESIDENTIAL_KINDS)}) AS g
      LEFT JOIN figures f USING (facility_id, period_kind, period_start)
     CROSS JOIN LATERAL (VALUES ('admissions', coalesce(f.admissions, 0)), ('discharges', coalesce(f.discharges, 0)),
                                ('average_length_of_stay', f.average), ('median_length_of_stay', f.median)) AS m(metric, value)
     WHERE m.value IS NOT NULL`,
};
