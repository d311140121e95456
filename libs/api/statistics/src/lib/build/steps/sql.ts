/** SQL shared by the metric steps (see metric-step.ts for the temporary tables they read). */

/** The units monitored as facilities, and the residential ones among them. */
export const FACILITY_KINDS = `('temporary_shelter', 'reintegration_shelter', 'support_centre')`;
export const RESIDENTIAL_KINDS = `('temporary_shelter', 'reintegration_shelter')`;

/** A timestamp's day in Sofia; needs `build_range r` in the FROM list. */
export const sofiaDay = (timestamp: string) => `(${timestamp} AT TIME ZONE r.time_zone)::date`;

/**
 * The first day of the shortest period built that holds a timestamp (its day, or its month when no
 * days are built): records summed by it are summed no finer than needed. Needs `build_range r`.
 */
export const sofiaGrain = (timestamp: string) => `date_trunc(r.grain, ${timestamp} AT TIME ZONE r.time_zone)::date`;

/**
 * A CTE `grains (days, starts)`: the first day of every grain (see sofiaGrain) of the build range,
 * in order, and the instant each starts in Sofia. With `grains g` in the FROM list,
 * `width_bucket(t, g.starts)` is the index in `g.days` of the grain holding an instant t of the
 * build range: a binary search over instants, cheaper per record than sofiaGrain's conversion to
 * Sofia time and truncation, and the same day (Sofia's days start at midnight, which DST never skips).
 */
export const GRAINS = `
  grains AS (
    SELECT array_agg(g.day::date ORDER BY g.day) AS days, array_agg(g.day AT TIME ZONE r.time_zone ORDER BY g.day) AS starts
      FROM build_range r
     CROSS JOIN generate_series(date_trunc(r.grain, r.first_day::timestamp), r.last_day::timestamp, ('1 ' || r.grain)::interval) AS g(day))`;

/**
 * Joins rows that carry a day to the built periods holding it, one per kind built, by equality (a
 * hash join, never a range join over every period).
 */
export const periodsHolding = (day: string) => `
  CROSS JOIN (SELECT DISTINCT period_kind AS kind FROM build_periods) AS k
  JOIN build_periods p ON p.period_kind = k.kind AND p.period_start = date_trunc(k.kind, ${day}::timestamp)::date
   AND ${day} <= p.period_end`;

/** Every facility of some kinds with every built period: the rows a zero-filled metric needs. */
export const facilityPeriods = (kinds: string) => `
  SELECT f.id AS facility_id, p.period_kind, p.period_start, p.period_end
    FROM units f CROSS JOIN build_periods p
   WHERE f.kind IN ${kinds}`;

/**
 * CTEs ending in `daily (facility_id, metric, day, value)`: for each facility of `kinds`, each of
 * `metrics` and each day of the build range, how many intervals are open at the end of the day.
 * `intervals` selects `(facility_id, metric, from_day, to_day)`: open at the end of the days
 * from_day <= day < to_day, to_day null while still open; `build_range r` is in scope. Counted
 * from +1/-1 events and a running sum, so the cost grows with the records, not records × days.
 */
export const dailyOpenCounts = (intervals: string, metrics: readonly string[], kinds: string) => `
  intervals AS (${intervals}),
  clamped AS (
    SELECT i.facility_id, i.metric, greatest(i.from_day, r.first_day) AS from_day, i.to_day, r.last_day
      FROM intervals i CROSS JOIN build_range r
     WHERE i.from_day <= r.last_day AND (i.to_day IS NULL OR i.to_day > greatest(i.from_day, r.first_day))),
  deltas AS (
    SELECT facility_id, metric, day, sum(delta) AS delta
      FROM (SELECT facility_id, metric, from_day AS day, 1 AS delta FROM clamped
            UNION ALL
            SELECT facility_id, metric, to_day, -1 FROM clamped WHERE to_day <= last_day) AS events
     GROUP BY facility_id, metric, day),
  daily AS (
    SELECT g.facility_id, g.metric, g.day,
           sum(coalesce(x.delta, 0)) OVER (PARTITION BY g.facility_id, g.metric ORDER BY g.day) AS value
      FROM (SELECT f.id AS facility_id, m.metric, d.day::date AS day
              FROM units f
             CROSS JOIN (VALUES ${metrics.map((metric) => `('${metric}')`).join(', ')}) AS m(metric)
             CROSS JOIN build_range r
             CROSS JOIN generate_series(r.first_day::timestamp, r.last_day::timestamp, interval '1 day') AS d(day)
             WHERE f.kind IN ${kinds}) AS g
      LEFT JOIN deltas x ON x.facility_id = g.facility_id AND x.metric = g.metric AND x.day = g.day)`;

export const INSERT_SNAPSHOTS = `
  INSERT INTO monitoring_snapshots (facility_id, period_kind, period_start, period_end, metric, dimension, value, run_id)`;
