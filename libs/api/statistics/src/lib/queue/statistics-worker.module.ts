import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@ibd/api/core';
import { IdentityCryptoModule } from '@ibd/api/identity';
import { SnapshotBuilder } from '../build/snapshot-builder';
import { RecordExportBuilder } from '../record-export/record-export.builder';
import { RetentionProcessor } from '../retention/retention.processor';
import { RetentionScheduler } from '../retention/retention.scheduler';
import { RetentionService } from '../retention/retention.service';
import { RunStateService } from '../runs/run-state.service';
import { StatisticsDispatcher } from './statistics.dispatcher';
import { StatisticsProcessor } from './statistics.processor';
import { StatisticsScheduler } from './statistics.scheduler';

/**
 * The worker's part of statistics: the dispatcher, the nightly schedule and the processor of the
 * `statistics` queue (snapshot runs and record-level exports); and the nightly retention job (`retention` queue), which anonymises identity
 * while keeping what statistics count.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.statistics }, { name: QUEUES.retention }), IdentityCryptoModule],
  providers: [
    StatisticsDispatcher,
    StatisticsScheduler,
    StatisticsProcessor,
    SnapshotBuilder,
    RecordExportBuilder,
    RunStateService,
    RetentionService,
    RetentionProcessor,
    RetentionScheduler,
  ],
})
export class StatisticsWorkerModule {}
