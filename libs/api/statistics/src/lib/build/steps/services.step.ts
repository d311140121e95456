import type { MetricStep } from '../metric-step';
import { FACILITY_KINDS, facilityPeriods, GRAINS, INSERT_SNAPSHOTS, periodsHolding } from './sql';

/**
 * Services rendered at each facility: `services` (how many) and `service_hours` (their duration),
 * in total (dimension '', written for every facility, zero included) and, for months and years, by
 * service type (`dimension`; a breakdown per day would multiply the rows for little use). Summed
 * per day (per month when no days are built) first, then per period, so every record is read once;
 * a record's day found by a binary search over the instants days start (GRAINS).
 */
export const servicesStep: MetricStep = {
  name: 'services',
  metrics: ['services', 'service_hours'],
  bounds: true,
  sql: `
    WITH ${GRAINS},
    daily AS (
      SELECT d.facility_id, d.type, g.days[d.grain] AS day, d.services, d.minutes
        FROM (SELECT s.facility_id, s.type, width_bucket(s.provided_at, g.starts) AS grain,
                     count(*) AS services, sum(s.duration_minutes) AS minutes
                FROM service_records s CROSS JOIN grains g
               WHERE s.provided_at >= $2::timestamptz AND s.provided_at < $3::timestamptz
               GROUP BY 1, 2, 3) AS d
       CROSS JOIN grains g),
    figures AS (
      SELECT d.facility_id, p.period_kind, p.period_start, d.type, sum(d.services) AS services, sum(d.minutes) AS minutes
        FROM daily d ${periodsHolding('d.day')}
       GROUP BY GROUPING SETS ((d.facility_id, p.period_kind, p.period_start, d.type), (d.facility_id, p.period_kind, p.period_start)))
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, m.metric, coalesce(f.type, ''), m.value, $1
      FROM (${facilityPeriods(FACILITY_KINDS)}) AS g
      LEFT JOIN figures f USING (facility_id, period_kind, period_start)
     CROSS JOIN LATERAL (VALUES ('services', coalesce(f.services, 0)),
                                ('service_hours', round(coalesce(f.minutes, 0) / 60.0, 2))) AS m(metric, value)
     WHERE f.type IS NULL OR g.period_kind <> 'day'`,
};
