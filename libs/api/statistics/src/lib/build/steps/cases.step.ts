import type { MetricStep } from '../metric-step';
import { FACILITY_KINDS, facilityPeriods, INSERT_SNAPSHOTS, periodsHolding, sofiaGrain } from './sql';

/**
 * Cases of each facility opened and closed in the period (`cases_opened`, `cases_closed`) and the
 * children among them (`children_opened`, `children_closed`: under 18 at identification). A case
 * closed and reopened counts as closed only if it is closed now. Written for every facility.
 */
export const casesStep: MetricStep = {
  name: 'cases',
  metrics: ['cases_opened', 'cases_closed', 'children_opened', 'children_closed'],
  bounds: true,
  sql: `
    WITH events AS (
      SELECT c.facility_id, ${sofiaGrain('c.opened_at')} AS day, 'opened' AS event, c.child
        FROM cases c CROSS JOIN build_range r
       WHERE c.opened_at >= $2::timestamptz AND c.opened_at < $3::timestamptz
      UNION ALL
      SELECT c.facility_id, ${sofiaGrain('c.closed_at')}, 'closed', c.child
        FROM cases c CROSS JOIN build_range r
       WHERE c.closed_at >= $2::timestamptz AND c.closed_at < $3::timestamptz),
    figures AS (
      SELECT e.facility_id, p.period_kind, p.period_start,
             count(*) FILTER (WHERE e.event = 'opened') AS opened,
             count(*) FILTER (WHERE e.event = 'closed') AS closed,
             count(*) FILTER (WHERE e.event = 'opened' AND e.child) AS children_opened,
             count(*) FILTER (WHERE e.event = 'closed' AND e.child) AS children_closed
        FROM events e ${periodsHolding('e.day')}
       GROUP BY e.facility_id, p.period_kind, p.period_start)
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, m.metric, '', coalesce(m.value, 0), $1
      FROM (${facilityPeriods(FACILITY_KINDS)}) AS g
      LEFT JOIN figures f USING (facility_id, period_kind, period_start)
     CROSS JOIN LATERAL (VALUES ('cases_opened', f.opened), ('cases_closed', f.closed),
                                ('children_opened', f.children_opened), ('children_closed', f.children_closed)) AS m(metric, value)`,
};
