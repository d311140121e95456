import { AppConfig, loadConfig } from '@ibd/api/core';
import {
  RecordExportBuilder,
  REPORTING_TABLES,
  ReportingService,
  SnapshotBuilder,
  SqlTableBuilder,
} from '@ibd/api/statistics';
import { benchEnv, knob } from '../bench-env';
import { openStatsDataSet, statsDataSetExists } from '../stats/data-set';

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * The record-level anonymised data set over the ten-year data set of bench:stats (ibd_bench_stats,
 * seeded here when it is not there yet; BENCH_RESEED=1 seeds it again): the time of its build by the
 * worker's builder, and its ratio to the aggregate rebuild (every monthly snapshot and the
 * reporting tables of the same ten years). BENCH_ROUNDS (2) turns of each; the best of each counts.
 */
export async function benchRecordLevel(): Promise<void> {
  const env = benchEnv();
  const seeding = env['BENCH_RESEED'] === '1' || !(await statsDataSetExists());
  const data = await openStatsDataSet(seeding, log);
  const { db, pg, from, today } = data;
  try {
    const persons = (
      await pg.query(`SELECT count(DISTINCT victim_id) AS n FROM cases WHERE identified_at BETWEEN $1 AND $2`, [
        from,
        today,
      ])
    ).rows[0].n;
    log(`period ${from}..${today}: ${persons} persons identified`);
    const run = async (kind: 'snapshots' | 'record_export') =>
      (
        await pg.query(
          `INSERT INTO statistics_runs (kind, period_from, period_to, requested_by)
           SELECT $1, $2, $3, id FROM users ORDER BY created_at LIMIT 1 RETURNING id`,
          [kind, from, today],
        )
      ).rows[0].id as string;
    const snapshots = new SnapshotBuilder(db);
    const reporting = new ReportingService(
      db,
      REPORTING_TABLES.map((spec) => new SqlTableBuilder(spec)),
    );
    const records = new RecordExportBuilder(db, loadConfig(AppConfig, env));
    const aggregate: number[] = [];
    const recordLevel: number[] = [];
    for (let round = 1; round <= Math.max(1, knob(env, 'BENCH_ROUNDS', 2)); round++) {
      await pg.query('TRUNCATE monitoring_snapshots');
      const snapshotRun = await run('snapshots');
      const rebuild = await timed(async () => {
        await snapshots.build({ id: snapshotRun, from, to: today }, async () => undefined, ['month']);
        await reporting.tables({ from, to: today });
      });
      aggregate.push(rebuild);
      const exportRun = await run('record_export');
      await pg.query(`INSERT INTO record_exports (run_id, format) VALUES ($1, 'json')`, [exportRun]);
      const build = await timed(() => records.build({ id: exportRun, from, to: today }, async () => undefined));
      recordLevel.push(build);
      const file = JSON.parse(
        (
          await pg.query(`SELECT convert_from(content, 'UTF8') AS file FROM record_exports WHERE run_id = $1`, [
            exportRun,
          ])
        ).rows[0].file,
      ) as { metadata: { k: number; rows: number; suppressed: number | null; informationLoss: number } };
      const { k, rows, suppressed, informationLoss } = file.metadata;
      log(
        `round ${round}: aggregate rebuild ${seconds(rebuild)}; record-level build ${seconds(build)} ` +
          `(k ${k}, ${rows} rows, ${suppressed ?? 'all'} suppressed, information loss ${informationLoss.toFixed(3)})`,
      );
    }
    const best = (times: number[]) => Math.min(...times);
    log(
      `record-level build: ${seconds(best(recordLevel))} (best of ${recordLevel.length}); aggregate rebuild ` +
        `${seconds(best(aggregate))}; ratio ${(best(recordLevel) / best(aggregate)).toFixed(2)} ×`,
    );
  } finally {
    await data.close();
  }
}
