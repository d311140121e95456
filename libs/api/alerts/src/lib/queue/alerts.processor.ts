import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES, withQuietFailure } from '@ibd/api/core';
import { AlertCounts, AlertsComputer } from '../alerts-computer';
import type { AlertsJobData } from './alerts.job';

@Processor(QUEUES.alerts)
export class AlertsProcessor extends WorkerHost {
  private readonly logger = new Logger(AlertsProcessor.name);

  constructor(private readonly computer: AlertsComputer) {
    super();
  }

  async process(job: Job<AlertsJobData>): Promise<AlertCounts> {
    if (job.name !== JOBS.computeAlerts) {
      throw new Error(`Unknown alerts job "${job.name}"`);
    }
    const counts = await withQuietFailure(job.name, this.logger, () => this.computer.compute());
    this.logger.log({ job: job.name, ...counts }, 'Computed alerts');
    return counts;
  }
}
