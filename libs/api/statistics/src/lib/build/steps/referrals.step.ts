import type { MetricStep } from '../metric-step';
import { FACILITY_KINDS, facilityPeriods, INSERT_SNAPSHOTS, periodsHolding, sofiaGrain } from './sql';

/**
 * Referrals addressed to each facility, by source (`dimension`; `unit` when a unit of the system
 * referred on its own account) and in total (dimension ''):
 * - `referrals_received`: sent in the period;
 * - `referrals_accepted` / `referrals_declined`: answered so in the period (completed ones were accepted);
 * - `referral_answer_hours`: average hours from sending to the answer, of those answered in the
 *   period; written only when one was.
 * The totals of the counts are written for every facility, zero included; a source only when it had
 * one, and for months and years only.
 */
export const referralsStep: MetricStep = {
  name: 'referrals',
  metrics: ['referrals_received', 'referrals_accepted', 'referrals_declined', 'referral_answer_hours'],
  sql: `
    WITH events AS (
      SELECT f.to_unit_id AS facility_id, coalesce(f.source, 'unit') AS source, ${sofiaGrain('f.sent_at')} AS day,
             'received' AS event, NULL::numeric AS hours
        FROM referrals f CROSS JOIN build_range r
       WHERE f.sent_at >= r.starts_at AND f.sent_at < r.ends_at
      UNION ALL
      SELECT f.to_unit_id, coalesce(f.source, 'unit'), ${sofiaGrain('f.answered_at')},
             CASE WHEN f.status = 'declined' THEN 'declined' ELSE 'accepted' END,
             extract(epoch FROM f.answered_at - f.sent_at) / 3600
        FROM referrals f CROSS JOIN build_range r
       WHERE f.answered_at >= r.starts_at AND f.answered_at < r.ends_at),
    figures AS (
      SELECT e.facility_id, p.period_kind, p.period_start, e.source,
             count(*) FILTER (WHERE e.event = 'received') AS received,
             count(*) FILTER (WHERE e.event = 'accepted') AS accepted,
             count(*) FILTER (WHERE e.event = 'declined') AS declined,
             round(avg(e.hours), 2) AS hours
        FROM events e ${periodsHolding('e.day')}
       GROUP BY GROUPING SETS ((e.facility_id, p.period_kind, p.period_start, e.source),
                               (e.facility_id, p.period_kind, p.period_start)))
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, m.metric, coalesce(f.source, ''), m.value, $1
      FROM (${facilityPeriods(FACILITY_KINDS)}) AS g
      LEFT JOIN figures f USING (facility_id, period_kind, period_start)
     CROSS JOIN LATERAL (VALUES ('referrals_received', coalesce(f.received, 0)), ('referrals_accepted', coalesce(f.accepted, 0)),
                                ('referrals_declined', coalesce(f.declined, 0)), ('referral_answer_hours', f.hours)) AS m(metric, value)
     WHERE m.value IS NOT NULL AND (f.source IS NULL OR (m.value > 0 AND g.period_kind <> 'day'))`,
};
