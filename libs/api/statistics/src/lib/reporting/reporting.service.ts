import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  REPORTING_TABLE_BUILDERS,
  ReportingPeriod,
  ReportingTable,
  ReportingTableBuilder,
} from '../export/reporting-table';
import { selectPopulations } from './populations';

/**
 * Builds the reporting tables of a period in one repeatable-read transaction: the
 * persons are selected once into temporary tables, and every table reads the same snapshot.
 */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REPORTING_TABLE_BUILDERS) private readonly builders: ReportingTableBuilder[],
  ) {}

  tables(period: ReportingPeriod): Promise<ReportingTable[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET LOCAL jit = off');
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      await selectPopulations(manager, period);
      const tables: ReportingTable[] = [];
      for (const builder of this.builders) {
        tables.push(await builder.build(manager));
      }
      return tables;
    });
  }
}
