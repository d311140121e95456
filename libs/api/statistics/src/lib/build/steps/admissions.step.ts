import type { MetricStep } from '../metric-step';
import { facilityPeriods, GRAINS, INSERT_SNAPSHOTS, periodsHolding, RESIDENTIAL_KINDS, sofiaDay } from './sql';

/**
 * Admissions and discharges on the period's days (Sofia), and the length in nights of the stays
 * that ended in the period: `average_length_of_stay` and `median_length_of_stay`, written only
 * when a stay ended (there is no average of nothing).
 *
 * The events are counted per facility, day (month when no days are built; GRAINS) and length
 * first, a few rows per length instead of one per stay; the periods then add the counts up. The
 * average is the sum of the lengths over their number, as avg() computes it; the median is
 * percentile_cont(0.5) computed from the running counts: the lengths at the two middle positions
 * (0-based floor and ceiling of (n - 1) / 2), interpolated in double precision as PostgreSQL does.
 */
export const admissionsStep: MetricStep = {
  name: 'admissions',
  metrics: ['admissions', 'discharges', 'average_length_of_stay', 'median_length_of_stay'],
  sql: `
    WITH ${GRAINS},
    stays AS (
      SELECT p.facility_id, p.admitted_at, p.discharged_at,
             ${sofiaDay('p.admitted_at')} AS admit_day, ${sofiaDay('p.discharged_at')} AS discharge_day
        FROM placements p CROSS JOIN build_range r
       WHERE (p.admitted_at >= r.starts_at AND p.admitted_at < r.ends_at)
          OR (p.discharged_at >= r.starts_at AND p.discharged_at < r.ends_at)),
    events AS (
      SELECT e.facility_id, g.days[e.grain] AS day, e.nights, e.events
        FROM (SELECT facility_id, grain, nights, count(*) AS events
                FROM (SELECT s.facility_id, width_bucket(s.admitted_at, g.starts) AS grain, NULL::int AS nights
                        FROM stays s CROSS JOIN build_range r CROSS JOIN grains g
                       WHERE s.admitted_at >= r.starts_at AND s.admitted_at < r.ends_at
                      UNION ALL
                      SELECT s.facility_id, width_bucket(s.discharged_at, g.starts), s.discharge_day - s.admit_day
                        FROM stays s CROSS JOIN build_range r CROSS JOIN grains g
                       WHERE s.discharged_at >= r.starts_at AND s.discharged_at < r.ends_at) AS x
               GROUP BY facility_id, grain, nights) AS e
       CROSS JOIN grains g),
    figures AS (
      SELECT e.facility_id, p.period_kind, p.period_start,
             sum(e.events) FILTER (WHERE e.nights IS NULL) AS admissions,
             sum(e.events) FILTER (WHERE e.nights IS NOT NULL) AS discharges,
             round(sum(e.nights * e.events) / sum(e.events) FILTER (WHERE e.nights IS NOT NULL), 2) AS average
        FROM events e ${periodsHolding('e.day')}
       GROUP BY e.facility_id, p.period_kind, p.period_start),
    lengths AS (
      SELECT e.facility_id, p.period_kind, p.period_start, e.nights,
             sum(sum(e.events)) OVER (PARTITION BY e.facility_id, p.period_kind, p.period_start ORDER BY e.nights) AS upto,
             sum(sum(e.events)) OVER (PARTITION BY e.facility_id, p.period_kind, p.period_start) AS total
        FROM events e ${periodsHolding('e.day')}
       WHERE e.nights IS NOT NULL
       GROUP BY e.facility_id, p.period_kind, p.period_start, e.nights),
    medians AS (
      SELECT facility_id, period_kind, period_start,
             min(nights) FILTER (WHERE upto > floor(0.5 * (total - 1)::float8)) AS lower_nights,
             min(nights) FILTER (WHERE upto > ceil(0.5 * (total - 1)::float8)) AS upper_nights,
             min(0.5 * (total - 1)::float8 - floor(0.5 * (total - 1)::float8)) AS proportion
        FROM lengths
       GROUP BY facility_id, period_kind, period_start),
    results AS (
      SELECT f.*, round((m.lower_nights::float8 + m.proportion * (m.upper_nights - m.lower_nights)::float8)::numeric, 2) AS median
        FROM figures f LEFT JOIN medians m USING (facility_id, period_kind, period_start))
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, m.metric, '', m.value, $1
      FROM (${facilityPeriods(RESIDENTIAL_KINDS)}) AS g
      LEFT JOIN results f USING (facility_id, period_kind, period_start)
     CROSS JOIN LATERAL (VALUES ('admissions', coalesce(f.admissions, 0)), ('discharges', coalesce(f.discharges, 0)),
                                ('average_length_of_stay', f.average), ('median_length_of_stay', f.median)) AS m(metric, value)
     WHERE m.value IS NOT NULL`,
};
