import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { execute, queryRows } from '@ibd/api/core';
import { STATISTICS_TIME_ZONE } from '../period/statistics-period';

export interface RunPeriod {
  id: string;
  from: string;
  to: string;
}

/** The worker's side of a run's row: what the job is doing, for the API to show. */
@Injectable()
export class RunStateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records the system's run for yesterday (Sofia), once however often it is asked; its id, or null if it existed. */
  async requestYesterday(): Promise<string | null> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `INSERT INTO statistics_runs (period_from, period_to)
       SELECT d, d FROM (SELECT (now() AT TIME ZONE $1)::date - 1 AS d) AS yesterday
       ON CONFLICT (period_from, period_to) WHERE requested_by IS NULL AND kind = 'snapshots' DO NOTHING
       RETURNING id`,
      [STATISTICS_TIME_ZONE],
    );
    return rows[0]?.id ?? null;
  }

  /** Marks the run running and counts the attempt; null when the run no longer exists. */
  async start(id: string): Promise<RunPeriod | null> {
    const rows = await queryRows<RunPeriod>(
      this.dataSource,
      `UPDATE statistics_runs
          SET status = 'running', progress = 0, attempts = attempts + 1, started_at = now(), finished_at = NULL
        WHERE id = $1
        RETURNING id, period_from::text AS "from", period_to::text AS "to"`,
      [id],
    );
    return rows[0] ?? null;
  }

  async progress(id: string, progress: number): Promise<void> {
    await execute(this.dataSource, `UPDATE statistics_runs SET progress = $2 WHERE id = $1`, [id, progress]);
  }

  async finish(id: string): Promise<void> {
    await execute(
      this.dataSource,
      `UPDATE statistics_runs SET status = 'done', progress = 100, error = NULL, finished_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** A failed attempt: queued again while BullMQ retries it, failed for good after the last one. */
  async fail(id: string, reason: string, retrying: boolean): Promise<void> {
    await execute(
      this.dataSource,
      `UPDATE statistics_runs
          SET status = CASE WHEN $3 THEN 'queued' ELSE 'failed' END, error = $2,
              finished_at = CASE WHEN $3 THEN NULL ELSE now() END
        WHERE id = $1`,
      [id, reason, retrying],
    );
  }
}
