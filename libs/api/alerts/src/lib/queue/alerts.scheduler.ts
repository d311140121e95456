import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@ibd/api/core';
import { ALERTS_EVERY, AlertsJobData } from './alerts.job';

/** Registers the repeating alerts job; upserting keeps one schedule however many workers start. */
@Injectable()
export class AlertsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.alerts) private readonly queue: Queue<AlertsJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JOBS.computeAlerts, ALERTS_EVERY, { name: JOBS.computeAlerts, data: {} });
  }
}
