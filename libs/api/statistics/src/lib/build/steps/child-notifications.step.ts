import type { MetricStep } from '../metric-step';
import { dailyOpenCounts, FACILITY_KINDS, INSERT_SNAPSHOTS, sofiaDay } from './sql';

/**
 * `open_child_notifications`: notification tasks of child cases (ДАЗД, МВР, НКБТХ) created but not
 * yet done at the end of the period's last day, at the facility holding the case.
 */
const INTERVALS = `
  SELECT c.facility_id, 'open' AS metric, ${sofiaDay('t.created_at')} AS from_day, ${sofiaDay('t.done_at')} AS to_day
    FROM case_tasks t JOIN cases c ON c.id = t.case_id CROSS JOIN build_range r
   WHERE t.created_at < r.ends_at AND (t.done_at IS NULL OR t.done_at >= r.starts_at)`;

export const childNotificationsStep: MetricStep = {
  name: 'child notifications',
  metrics: ['open_child_notifications'],
  sql: `
    WITH ${dailyOpenCounts(INTERVALS, ['open'], FACILITY_KINDS)}
    ${INSERT_SNAPSHOTS}
    SELECT d.facility_id, b.period_kind, b.period_start, b.period_end, 'open_child_notifications', '', d.value, $1
      FROM daily d JOIN build_days b ON b.day = d.day AND b.day = b.period_end`,
};
