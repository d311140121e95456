import type { MetricStep } from '../metric-step';
import { dailyOpenCounts, INSERT_SNAPSHOTS, RESIDENTIAL_KINDS, sofiaDay } from './sql';

/**
 * Capacity of the residential facilities from the periods their beds were in service
 * (bed_service_periods, kept by the database): `capacity` on the last day of the period and
 * `available_bed_nights`, the sum over its days (the denominator of occupancy). A bed counts from
 * the day it entered service and not on the day it left it (that night it was not available), so
 * taking a bed out of service today leaves every past period as it was.
 */
const INTERVALS = `
  SELECT b.unit_id AS facility_id, 'bed' AS metric, ${sofiaDay('p.from_at')} AS from_day, ${sofiaDay('p.to_at')} AS to_day
    FROM bed_service_periods p JOIN beds b ON b.id = p.bed_id CROSS JOIN build_range r`;

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
