/**
 * Payload of a statistics build, snapshots or record-level file: the run's id and the id of the
 * request that asked for it (for the worker's log lines), nothing personal (Redis keeps payloads in clear).
 */
export interface BuildStatisticsJob {
  runId: string;
  requestId?: string;
}

/** The nightly request carries nothing: it records a run for the day just ended. */
export type StatisticsJobData = BuildStatisticsJob | Record<string, never>;

/** Every night at 00:15 Sofia time, once the day is over. */
export const NIGHTLY_STATISTICS = { pattern: '15 0 * * *', tz: 'Europe/Sofia' } as const;
