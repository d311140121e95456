import type { MetricStep } from '../metric-step';
import { facilityPeriods, INSERT_SNAPSHOTS, RESIDENTIAL_KINDS } from './sql';

/**
 * `occupancy_percent`: bed-nights over available bed-nights, from the figures the capacity and
 * stays steps have just written for the same periods (of the residential facilities, the only ones
 * they write); none where the facility had no beds. Each facility and period looks its two figures
 * up by the primary key: a plan that holds however stale the table's statistics are (a table just
 * emptied and refilled by the other steps, running side by side, looks empty to the planner).
 */
export const occupancyStep: MetricStep = {
  name: 'occupancy',
  metrics: ['occupancy_percent'],
  after: ['capacity', 'stays'],
  sql: `
    ${INSERT_SNAPSHOTS}
    SELECT g.facility_id, g.period_kind, g.period_start, g.period_end, 'occupancy_percent', '',
           round(100 * n.value / a.value, 2), $1
      FROM (${facilityPeriods(RESIDENTIAL_KINDS)}) AS g
      JOIN monitoring_snapshots n
        ON n.facility_id = g.facility_id AND n.period_kind = g.period_kind AND n.period_start = g.period_start
       AND n.metric = 'bed_nights' AND n.dimension = ''
      JOIN monitoring_snapshots a
        ON a.facility_id = g.facility_id AND a.period_kind = g.period_kind AND a.period_start = g.period_start
       AND a.metric = 'available_bed_nights' AND a.dimension = ''
     WHERE a.value > 0`,
};
