import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@ibd/api/core';
import { MaintenanceJobData, NIGHTLY } from './maintenance.job';

/** Registers the nightly jobs; upserting keeps one schedule however many workers start. */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue<MaintenanceJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JOBS.purgeExpiredAuth, NIGHTLY, { name: JOBS.purgeExpiredAuth, data: {} });
  }
}
