import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@ibd/api/core';
import { NIGHTLY_RETENTION, RetentionJobData } from './retention.job';

/** Registers the nightly retention job; upserting keeps one schedule however many workers start. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.retention) private readonly queue: Queue<RetentionJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JOBS.anonymiseExpiredIdentities, NIGHTLY_RETENTION, {
      name: JOBS.anonymiseExpiredIdentities,
      data: {},
    });
  }
}
