import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@ibd/api/core';
import { NIGHTLY_STATISTICS, StatisticsJobData } from './statistics.job';

/** Registers the nightly statistics request; upserting keeps one schedule however many workers start. */
@Injectable()
export class StatisticsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.statistics) private readonly queue: Queue<StatisticsJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JOBS.requestNightlyStatistics, NIGHTLY_STATISTICS, {
      name: JOBS.requestNightlyStatistics,
      data: {},
    });
  }
}
