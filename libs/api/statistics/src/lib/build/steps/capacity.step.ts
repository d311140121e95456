import type { MetricStep } from '../metric-step';
import { dailyOpenCounts, INSERT_SNAPSHOTS, RESIDENTIAL_KINDS, sofiaDay } from './sql';

/**
 * Capacity of the residential facilities from their active beds: `capacity` on the last day of the
 * period and `available_bed_nights`, the sum over its days (the denominator of occupancy). A bed
 * counts from the day it was created. Beds carry no deactivation date yet, so a deactivated bed
 * drops out of past periods too when they are rebuilt.
 */
const INTERVALS = `
  SELECT b.unit_id AS facility_id, 'bed' AS metric, ${sofiaDay('b.created_at')} AS from_day, NULL::date AS to_day
    FROM beds b CROSS JOIN build_range r
   WHERE b.active`;

export const capacityStep: MetricStep = {
  name: 'capacity',
  metrics: ['capacity', 'available_bed_nights'],
  sql: `
    WITH ${dailyOpenCounts(INTERVALS, ['bed'], RESIDENTIAL_KINDS)},
    figures AS (
      SELECT d.facility_id, b.period_kind, b.period_start, b.period_end,
             sum(d.value) FILTER (WHERE b.day = b.period_end) AS capacity, sum(d.value) AS available_bed_nights
        FROM daily d JOIN build_days b ON b.day = d.day
       GROUP BY d.facility_id, b.period_kind, b.period_start, b.period_end)
    ${INSERT_SNAPSHOTS}
    SELECT f.facility_id, f.period_kind, f.period_start, f.period_end, m.metric, '', m.value, $1
      FROM figures f
     CROSS JOIN LATERAL (VALUES ('capacity', f.capacity), ('available_bed_nights', f.available_bed_nights)) AS m(metric, value)`,
};
