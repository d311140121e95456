import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ibd/api/core';
import { AlertsComputer } from '../alerts-computer';
import { AlertsProcessor } from './alerts.processor';
import { AlertsScheduler } from './alerts.scheduler';

/** The worker side of alerts: the repeating job that recomputes the alerts table. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.alerts })],
  providers: [AlertsComputer, AlertsProcessor, AlertsScheduler],
  exports: [AlertsComputer],
})
export class AlertsWorkerModule {}
