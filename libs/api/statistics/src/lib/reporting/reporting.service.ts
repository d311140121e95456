import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { execute, queryRows } from '@ibd/api/core';
import {
  REPORTING_TABLE_BUILDERS,
  ReportingPeriod,
  ReportingTable,
  ReportingTableBuilder,
} from '../export/reporting-table';
import { selectPersons, selectServices } from './populations';

/** Per transaction: no JIT (it compiles longer than these queries run), and memory to hash in. */
const SESSION = [`SET LOCAL jit = off`, `SET LOCAL work_mem = '64MB'`];

/** What pg_export_snapshot() returns; checked, as SET TRANSACTION SNAPSHOT takes no parameter. */
const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i;

/**
 * A counting semaphore: how many builds may hold two connections of the pool at once. Each build
 * holds one connection while it waits for its second; with at most half the pool so waiting, the
 * other half is held by someone who will give it back, so builds never wait on each other for good.
 */
class Slots {
  private readonly waiting: Array<() => void> = [];

  constructor(private free: number) {}

  async take(): Promise<void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/**
 * Builds the reporting tables of a period in repeatable-read transactions that read one snapshot:
 * the persons are selected once into temporary tables and the tables of persons built from them,
 * while a second transaction, on a second connection and on the snapshot the first exported,
 * selects the services the persons received (a pass over every service record of the period) and
 * builds the tables of services. The two run side by side; every table reads the same data. With
 * a pool of one connection, both are built in the one transaction, one after the other.
 */
@Injectable()
export class ReportingService {
  /** How many builds may use two connections at once: half the pool (pg's default pool has 10). */
  private readonly pairs: number;
  private readonly slots: Slots;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REPORTING_TABLE_BUILDERS) private readonly builders: ReportingTableBuilder[],
  ) {
    const pool = (dataSource.options as { extra?: { max?: number } }).extra?.max ?? 10;
    this.pairs = Math.floor(pool / 2);
    this.slots = new Slots(this.pairs);
  }

  async tables(period: ReportingPeriod): Promise<ReportingTable[]> {
    const services = this.builders.filter((builder) => builder.reads === 'services');
    const persons = this.builders.filter((builder) => builder.reads !== 'services');
    const populations = [...new Set(services.map((builder) => builder.population))];
    const sideBySide = services.length > 0 && this.pairs > 0;
    if (sideBySide) await this.slots.take();
    try {
      return await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        for (const statement of SESSION) await execute(manager, statement);
        const built = new Map<ReportingTableBuilder, ReportingTable>();
        if (!sideBySide) {
          await selectPersons(manager, period);
          await this.buildAll(manager, persons, built);
          if (services.length > 0) {
            await selectServices(manager, period, populations);
            await this.buildAll(manager, services, built);
          }
          return this.builders.map((builder) => built.get(builder) as ReportingTable);
        }
        const [{ snapshot }] = await queryRows<{ snapshot: string }>(
          manager,
          'SELECT pg_export_snapshot() AS snapshot',
        );
        // The snapshot stays importable while this transaction is open: it waits for the other one.
        const [personsSide, servicesSide] = await Promise.allSettled([
          (async () => {
            await selectPersons(manager, period);
            await this.buildAll(manager, persons, built);
          })(),
          this.dataSource.transaction('REPEATABLE READ', async (other) => {
            if (!SNAPSHOT_ID.test(snapshot)) throw new Error('Unexpected snapshot identifier');
            await execute(other, `SET TRANSACTION SNAPSHOT '${snapshot}'`);
            for (const statement of SESSION) await execute(other, statement);
            await selectServices(other, period, populations);
            await this.buildAll(other, services, built);
          }),
        ]);
        for (const side of [personsSide, servicesSide]) if (side.status === 'rejected') throw side.reason;
        return this.builders.map((builder) => built.get(builder) as ReportingTable);
      });
    } finally {
      if (sideBySide) this.slots.give();
    }
  }

  private async buildAll(
    manager: EntityManager,
    builders: ReportingTableBuilder[],
    built: Map<ReportingTableBuilder, ReportingTable>,
  ): Promise<void> {
    for (const builder of builders) built.set(builder, await builder.build(manager));
  }
}
