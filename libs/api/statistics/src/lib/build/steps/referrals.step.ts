import type { MetricStep } from '../metric-step';
import { FACILITY_KINDS, facilityPeriods, GRAINS, INSERT_SNAPSHOTS, periodsHolding } from './sql';

/**
 * Referrals addressed to each facility, by source (`dimension`; `unit` when a unit of the system
 * referred on its own account) and in total (dimension ''):
 * - `referrals_received`: sent in the period;
 * - `referrals_accepted` / `referrals_declined`: answered so in the period (completed ones were accepted);
 * - `referral_answer_hours`: average hours from sending to the answer, of those answered in the
 *   period; written only when one was.
 * The totals of the counts are written for every facility, zero included; a source only when it had
 * one, and for months and years only. Summed per day (per month when no days are built; GRAINS)
 * first, then per period: the average is the sum of the hours over their number, as avg() computes it.
 */
export const referralsStep: MetricStep = {
  name: 'referrals',
  metrics: ['referrals_received', 'referrals_accepted', 'referrals_declined', 'referral_answer_hours'],
  bounds: true,
  sql: `
    WITH ${GRAINS},
    events AS (
      SELECT f.to_unit_id AS facility_id, coalesce(f.source, 'unit') AS source, width_bucket(f.sent_at, g.starts) AS grain,
             'received' AS event, NULL::numeric AS hours
        FROM referrals f CROSS JOIN grains g
       WHERE f.sent_at >= $2::timestamptz AND f.sent_at < $3::timestamptz
      UNION ALL
      SELECT f.to_unit_id, coalesce(f.source, 'unit'), width_bucket(f.answered_at, g.starts),
             CASE WHEN f.status = 'declined' THEN 'declined' ELSE 'accepted' END,
             extract(epoch FROM f.answered_at - f.sent_at) / 3600
        FROM referrals f CROSS JOIN grains g
       WHERE f.answered_at >= $2::timestamptz AND f.answered_at < $3::timestamptz),
    daily AS (
      SELECT d.facility_id, d.source, g.days[d.grain] AS day, d.received, d.accepted, d.declined, d.hours, d.answered
        FROM (SELECT facility_id, source, grain,
                     count(*) FILTER (WHERE event = 'received') AS received,
                     count(*) FILTER (WHERE event = 'accepted') AS accepted,
                     count(*) FILTER (WHERE event = 'declined') AS declined,
                     sum(hours) AS hours, count(hours) AS answered
                FROM events
               GROUP BY facility_id, source, grain) AS d
       CROSS JOIN grains g),
    figures AS (
      SELECT d.facility_id, p.period_kind, p.period_start, d.source,
             sum(d.received) AS received, sum(d.accepted) AS accepted, sum(d.declined) AS declined,
             round(sum(d.hours) / nullif(sum(d.answered), 0), 2) AS hours
        FROM daily d ${periodsHolding('d.day')}
       GROUP BY GROUPING SETS ((d.facility_id, p.period_kind, p.period_start, d.source),
                               (d.facility_id, p.period_kind, p.period_start)))
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, m.metric, coalesce(f.source, ''), m.value, $1
      FROM (${facilityPeriods(FACILITY_KINDS)}) AS g
      LEFT JOIN figures f USING (facility_id, period_kind, period_start)
     CROSS JOIN LATERAL (VALUES ('referrals_received', coalesce(f.received, 0)), ('referrals_accepted', coalesce(f.accepted, 0)),
                                ('referrals_declined', coalesce(f.declined, 0)), ('referral_answer_hours', f.hours)) AS m(metric, value)
     WHERE m.value IS NOT NULL AND (f.source IS NULL OR (m.value > 0 AND g.period_kind <> 'day'))`,
};
