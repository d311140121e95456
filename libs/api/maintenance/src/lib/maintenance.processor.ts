import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES, withQuietFailure } from '@ibd/api/core';
import { AuthPurgeService, PurgeResult } from '@ibd/api/auth';
import type { MaintenanceJobData } from './maintenance.job';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(private readonly authPurge: AuthPurgeService) {
    super();
  }

  async process(job: Job<MaintenanceJobData>): Promise<PurgeResult> {
    if (job.name !== JOBS.purgeExpiredAuth) {
      throw new Error(`Unknown maintenance job "${job.name}"`);
    }
    const result = await withQuietFailure(job.name, this.logger, () => this.authPurge.purge());
    this.logger.log({ job: job.name, ...result }, 'Purged expired sign-in data');
    return result;
  }
}
