/**
 * One step of a snapshot build: a single set-based `INSERT INTO monitoring_snapshots ... SELECT`.
 * It reads the periods being built from temporary tables the builder fills first:
 * - `build_periods (period_kind, period_start, period_end)`;
 * - `build_days (period_kind, period_start, period_end, day, day_ends_at)`: every day of every
 *   period, with the instant the day ends in Sofia (compare timestamps with `< day_ends_at`);
 * - `build_range (time_zone, first_day, last_day, grain, starts_at, ends_at)`: one row, the days
 *   every period covers together, the instants they start and end in Sofia (to filter records by
 *   index), the time zone that turns a timestamp into a day (`(t AT TIME ZONE r.time_zone)::date`)
 *   and the shortest kind of period built (`grain`), the finest a step needs to sum records by.
 * `$1` is the run's id (the `run_id` column); with `bounds`, `$2` and `$3` are build_range's
 * starts_at and ends_at as parameters, which the planner sees (unlike a join to build_range): a
 * full rebuild scans a table of records, a nightly run reads a day of them through the index.
 * Before the step the builder deletes the step's metrics for those periods in the same
 * transaction, so a step run twice leaves the same rows.
 */
export interface MetricStep {
  /** Shown in progress and in failure reasons. */
  name: string;
  /** Every metric the step writes. */
  metrics: readonly string[];
  sql: string;
  /**
   * Steps whose figures this one reads: it starts only once they have committed. The builder runs
   * the other steps side by side, each on its own connection and in its own transaction.
   */
  after?: readonly string[];
  /** The step reads `$2` and `$3` (timestamptz): the instants the build range starts and ends. */
  bounds?: boolean;
}
