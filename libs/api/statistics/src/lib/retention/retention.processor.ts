import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { JOBS, QUEUES, withQuietFailure } from '@ibd/api/core';
import type { RetentionJobData } from './retention.job';
import { RetentionService } from './retention.service';

/** Anonymises the identity of persons past their retention date; logs only how many. */
@Processor(QUEUES.retention)
export class RetentionProcessor extends WorkerHost {
  private readonly logger = new Logger(RetentionProcessor.name);

  constructor(private readonly retention: RetentionService) {
    super();
  }

  async process(job: Job<RetentionJobData>): Promise<{ anonymised: number }> {
    if (job.name !== JOBS.anonymiseExpiredIdentities) {
      throw new UnrecoverableError(`Unknown retention job "${job.name}"`);
    }
    const anonymised = await withQuietFailure(job.name, this.logger, () => this.retention.anonymiseExpired());
    this.logger.log({ job: job.name, anonymised }, 'Anonymised identities past their retention date');
    return { anonymised };
  }
}
