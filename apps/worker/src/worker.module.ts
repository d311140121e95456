import { Module } from '@nestjs/common';
import { AlertsWorkerModule } from '@ibd/api/alerts';
import { AppConfigModule, DatabaseModule, LoggingModule, QueueRootModule } from '@ibd/api/core';
import { MaintenanceModule } from '@ibd/api/maintenance';
import { StatisticsWorkerModule } from '@ibd/api/statistics';

/** The worker: BullMQ processors over the same database. It never migrates. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    QueueRootModule.forRoot('worker'),
    MaintenanceModule,
    StatisticsWorkerModule,
    AlertsWorkerModule,
  ],
})
export class WorkerModule {}
