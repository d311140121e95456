import { Module } from '@nestjs/common';
import { AppConfigModule, DatabaseModule, LoggingModule, QueueRootModule } from '@ibd/api/core';
import { MaintenanceModule } from '@ibd/api/maintenance';

/** The worker: BullMQ processors over the same database. It never migrates. */
@Module({
  imports: [AppConfigModule, LoggingModule, DatabaseModule.forRoot(), QueueRootModule.forRoot('worker'), MaintenanceModule],
})
export class WorkerModule {}
