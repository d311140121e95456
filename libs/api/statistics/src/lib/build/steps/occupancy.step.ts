import type { MetricStep } from '../metric-step';
import { INSERT_SNAPSHOTS } from './sql';

/**
 * `occupancy_percent`: bed-nights over available bed-nights, from the figures the capacity and
 * stays steps have just written for the same periods; none where the facility had no beds.
 */
export const occupancyStep: MetricStep = {
  name: 'occupancy',
  metrics: ['occupancy_percent'],
  sql: `
    ${INSERT_SNAPSHOTS}
    SELECT n.facility_id, n.period_kind, n.period_start, n.period_end, 'occupancy_percent', '',
           round(100 * n.value / a.value, 2), $1
      FROM build_periods p
      JOIN monitoring_snapshots n
        ON n.period_kind = p.period_kind AND n.period_start = p.period_start AND n.metric = 'bed_nights' AND n.dimension = ''
      JOIN monitoring_snapshots a
        ON a.facility_id = n.facility_id AND a.period_kind = p.period_kind AND a.period_start = p.period_start
       AND a.metric = 'available_bed_nights' AND a.dimension = ''
     WHERE a.value > 0`,
};
