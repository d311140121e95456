import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { REPORTING_TABLE_BUILDERS } from './export/reporting-table';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringSnapshotEntity } from './monitoring/monitoring-snapshot.entity';
import { MonitoringService } from './monitoring/monitoring.service';
import { RecordExportEntity } from './record-export/record-export.entity';
import { RecordExportsController } from './record-export/record-exports.controller';
import { RecordExportsService } from './record-export/record-exports.service';
import { ReportingController } from './reporting/reporting.controller';
import { ReportingService } from './reporting/reporting.service';
import { SqlTableBuilder } from './reporting/table-builder';
import { REPORTING_TABLES } from './reporting/tables';
import { RunsController } from './runs/runs.controller';
import { RunsService } from './runs/runs.service';
import { StatisticsRunEntity } from './runs/statistics-run.entity';

/**
 * The API's part of statistics: runs and record-level exports are requested and read, snapshots and
 * reporting tables read, exports written.
 * Building is the worker's (StatisticsWorkerModule); the API needs no Redis for any of it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([StatisticsRunEntity, MonitoringSnapshotEntity, RecordExportEntity])],
  controllers: [RunsController, MonitoringController, ReportingController, ExportController, RecordExportsController],
  providers: [
    RunsService,
    RecordExportsService,
    MonitoringService,
    ReportingService,
    ExportService,
    { provide: REPORTING_TABLE_BUILDERS, useValue: REPORTING_TABLES.map((spec) => new SqlTableBuilder(spec)) },
  ],
})
export class StatisticsModule {}
