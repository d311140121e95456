import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { RunKind } from '@ibd/shared/contracts';
import { execute, JOBS, queryRows, QUEUES } from '@ibd/api/core';
import type { StatisticsJobData } from './statistics.job';

const POLL_INTERVAL_MS = 3_000;
const BATCH_SIZE = 100;

/**
 * Queued runs not yet handed to BullMQ, or handed long enough ago that Redis may have lost them
 * (a flushed or restarted Redis); handing one again is harmless, its job id is the run id.
 */
const PENDING_RUNS = `
  SELECT id, kind, request_id FROM statistics_runs
   WHERE status = 'queued' AND (enqueued_at IS NULL OR enqueued_at < now() - interval '5 minutes')
   ORDER BY created_at
   LIMIT $1
     FOR UPDATE SKIP LOCKED`;

/** The job that builds a run of each kind. */
const JOB_OF_KIND: Record<RunKind, string> = {
  snapshots: JOBS.buildStatistics,
  record_export: JOBS.buildRecordExport,
};

/**
 * Hands queued statistics runs (snapshots and record-level exports alike) to the queue. It lives in the worker: the worker is the process that
 * needs Redis anyway and waits for it to return, while the API records runs in PostgreSQL only and
 * so answers the same whether Redis is up or down. Several workers may poll at once: SKIP LOCKED
 * splits the rows between them and the job id (the run id) makes a second hand-over a no-op.
 */
@Injectable()
export class StatisticsDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(StatisticsDispatcher.name);
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.statistics) private readonly queue: Queue<StatisticsJobData>,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), POLL_INTERVAL_MS);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Hands over the pending runs when Redis is reachable; returns how many. */
  async dispatch(): Promise<number> {
    if ((await this.queue.client).status !== 'ready') {
      return 0;
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<{ id: string; kind: RunKind; request_id: string | null }>(manager, PENDING_RUNS, [
        BATCH_SIZE,
      ]);
      if (rows.length === 0) {
        return 0;
      }
      await this.queue.addBulk(
        rows.map(({ id, kind, request_id }) => ({
          name: JOB_OF_KIND[kind],
          data: request_id ? { runId: id, requestId: request_id } : { runId: id },
          opts: { jobId: id },
        })),
      );
      await execute(manager, `UPDATE statistics_runs SET enqueued_at = now() WHERE id = ANY($1)`, [
        rows.map(({ id }) => id),
      ]);
      return rows.length;
    });
  }

  private async tick(): Promise<void> {
    if (this.busy) {
      return;
    }
    this.busy = true;
    try {
      const count = await this.dispatch();
      if (count > 0) {
        this.logger.log({ count }, 'Statistics runs handed to the queue');
      }
    } catch (error) {
      this.logger.warn(
        { name: (error as Error | null)?.name, code: (error as { code?: string } | null)?.code },
        'Could not hand statistics runs to the queue; will try again',
      );
    } finally {
      this.busy = false;
    }
  }
}
