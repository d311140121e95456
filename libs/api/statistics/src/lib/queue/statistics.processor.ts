import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { JOBS, QUEUES, runWithRequestId } from '@ibd/api/core';
import { errorCode, failureReason } from '../build/build-failure';
import { SnapshotBuilder } from '../build/snapshot-builder';
import { RecordExportBuilder } from '../record-export/record-export.builder';
import { RunPeriod, RunStateService } from '../runs/run-state.service';
import type { BuildStatisticsJob, StatisticsJobData } from './statistics.job';

/**
 * Builds the snapshots of one run, or its record-level file, reporting progress to BullMQ and to the run's row; BullMQ
 * delivers at least once and every delivery rebuilds the same rows (see SnapshotBuilder). Each night
 * it records a run for the day just ended, which the dispatcher then hands over like any other.
 */
@Processor(QUEUES.statistics)
export class StatisticsProcessor extends WorkerHost {
  private readonly logger = new Logger(StatisticsProcessor.name);

  constructor(
    private readonly runs: RunStateService,
    private readonly builder: SnapshotBuilder,
    private readonly records: RecordExportBuilder,
  ) {
    super();
  }

  /** A run asked for by a request is built under that request's id, so its log lines name it. */
  async process(job: Job<StatisticsJobData>): Promise<void> {
    const { requestId } = job.data as Partial<BuildStatisticsJob>;
    return requestId ? runWithRequestId(requestId, () => this.dispatch(job)) : this.dispatch(job);
  }

  private async dispatch(job: Job<StatisticsJobData>): Promise<void> {
    switch (job.name) {
      case JOBS.buildStatistics:
        return this.build(job as Job<BuildStatisticsJob>, 'Statistics run built', (run, progress) =>
          this.builder.build(run, progress),
        );
      case JOBS.buildRecordExport:
        return this.build(job as Job<BuildStatisticsJob>, 'Record-level export built', (run, progress) =>
          this.records.build(run, progress),
        );
      case JOBS.requestNightlyStatistics:
        return this.requestNightly();
      default:
        throw new UnrecoverableError(`Unknown statistics job "${job.name}"`);
    }
  }

  private async requestNightly(): Promise<void> {
    const runId = await this.runs.requestYesterday();
    this.logger.log({ runId }, runId ? 'Nightly statistics run requested' : 'Nightly statistics run already requested');
  }

  /** Builds a run of either kind, its progress and outcome recorded on the run's row. */
  private async build(
    job: Job<BuildStatisticsJob>,
    done: string,
    build: (run: RunPeriod, progress: (percent: number) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const run = await this.runs.start(job.data.runId);
    if (!run) {
      this.logger.warn({ runId: job.data.runId }, 'Statistics run no longer exists; nothing to build');
      return;
    }
    try {
      await build(run, async (percent) => {
        await job.updateProgress(percent);
        await this.runs.progress(run.id, percent);
      });
      await this.runs.finish(run.id);
      this.logger.log({ runId: run.id, attempt: job.attemptsMade + 1 }, done);
    } catch (error) {
      const retrying = job.attemptsMade + 1 < (job.opts.attempts ?? 1);
      const reason = failureReason(error, retrying);
      await this.runs.fail(run.id, reason, retrying);
      this.logger.error({ runId: run.id, code: errorCode(error), retrying }, reason);
      throw new Error(reason);
    }
  }
}
