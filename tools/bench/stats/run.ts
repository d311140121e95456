import 'reflect-metadata';
import {
  METRIC_STEPS,
  PeriodKind,
  REPORTING_TABLES,
  ReportingService,
  SnapshotBuilder,
  SqlTableBuilder,
} from '@ibd/api/statistics';
import { builtFigures, referenceFigures, sameFigures } from './reference';
import { openStatsDataSet } from './data-set';
import { benchEnv, knob } from '../bench-env';

/**
 * `npm run bench:stats`: seeds ten years of national-scale synthetic data (deterministic from
 * BENCH_SEED and today's date) into its own database, ibd_bench_stats (dropped and recreated, then
 * migrated), and times a full rebuild of every monthly snapshot and of the reporting tables of the
 * ten years (for information also every day, month and year, and the tables of each year), a
 * hand-written reference for the monthly bed-nights and service totals, and a nightly run for
 * yesterday. Never part of the test command.
 *
 * Knobs (environment): BENCH_SEED, BENCH_VICTIMS (100000), BENCH_PLACEMENTS (151000),
 * BENCH_SERVICES (2000000), BENCH_REFERRALS (200000), BENCH_SKIP_SEED=1, BENCH_SKIP_INFORMATION=1
 * (only what the targets measure), BENCH_ROUNDS (1: how many times the full rebuild and the
 * reference take turns; the targets compare the best of each), BENCH_STATS_DATABASE_URL (else
 * DATABASE_URL with the database ibd_bench_stats).
 */
const env = benchEnv();
const number = (name: string, fallback: number) => knob(env, name, fallback);
const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await run();
  return [result, Date.now() - started];
}

async function main(): Promise<void> {
  const data = await openStatsDataSet(env['BENCH_SKIP_SEED'] !== '1', log);
  const { db, pg, from, today, yesterday } = data;
  try {
    const counts = (
      await pg.query(`SELECT (SELECT count(*) FROM victims) AS victims, (SELECT count(*) FROM cases) AS cases,
                             (SELECT count(*) FROM placements) AS placements, (SELECT count(*) FROM service_records) AS services,
                             (SELECT count(*) FROM referrals) AS referrals`)
    ).rows[0];
    log(
      `data: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    await pg.query('TRUNCATE monitoring_snapshots, statistics_runs');

    const builder = new SnapshotBuilder(db);
    const request = async (periodFrom: string, periodTo: string) =>
      (
        await pg.query(
          `INSERT INTO statistics_runs (period_from, period_to, requested_by) SELECT $1, $2, id FROM users WHERE username = 'bench.staff' RETURNING id`,
          [periodFrom, periodTo],
        )
      ).rows[0].id as string;
    // Steps run side by side (SnapshotBuilder's lanes): each one's own time, which overlap.
    const stepTimes = new Map<string, number>();
    const onStep = (name: string, ms: number) => stepTimes.set(name, ms);

    const rebuildSnapshots = async (title: string, kinds?: PeriodKind[]) => {
      log(`\n${title}`);
      await pg.query('TRUNCATE monitoring_snapshots');
      const id = await request(from, today);
      stepTimes.clear();
      const [, ms] = await timed(() => builder.build({ id, from, to: today }, async () => undefined, kinds, onStep));
      METRIC_STEPS.forEach(({ name }) => log(`  step ${name.padEnd(22)} ${seconds(stepTimes.get(name) ?? NaN)}`));
      log(
        `  snapshots: ${seconds(ms)} (${(await pg.query('SELECT count(*) FROM monitoring_snapshots')).rows[0].count} rows)`,
      );
      return ms;
    };
    const information = env['BENCH_SKIP_INFORMATION'] !== '1';
    if (information) await rebuildSnapshots(`for information, every day, month and year of ${from}..${today}`);

    const reporting = new ReportingService(
      db,
      REPORTING_TABLES.map((spec) => new SqlTableBuilder(spec)),
    );
    if (information) {
      const years = Array.from({ length: 10 }, (_, i) => Number(today.slice(0, 4)) - 9 + i);
      const [, yearly] = await timed(async () => {
        for (const year of years) {
          await reporting.tables({
            from: year === years[0] ? from : `${year}-01-01`,
            to: year === years[9] ? today : `${year}-12-31`,
          });
        }
      });
      log(`\nfor information, the reporting tables of each of the ten years: ${seconds(yearly)}`);
    }

    // The full rebuild and the reference take turns, BENCH_ROUNDS times, so that both meet the same
    // load on a shared machine; the targets compare the best time of each.
    const firstMonth = `${from.slice(0, 7)}-01`;
    const rounds: Array<{ rebuild: number; sameWork: number; referenceMs: number; referenceLikeBuildMs: number }> = [];
    let agree = true;
    for (let round = 1; round <= Math.max(1, number('BENCH_ROUNDS', 1)); round++) {
      const full = await rebuildSnapshots(`round ${round}, full rebuild: every monthly snapshot of ${from}..${today}`, [
        'month',
      ]);
      const sameWork = (stepTimes.get('stays') ?? NaN) + (stepTimes.get('services') ?? NaN);
      const [, tables] = await timed(() => reporting.tables({ from, to: today }));
      log(`  reporting tables of ${from}..${today} (${REPORTING_TABLES.length} tables): ${seconds(tables)}`);
      const rebuild = full + tables;
      log(`  full rebuild (monthly snapshots and reporting tables): ${seconds(rebuild)}`);

      log(`round ${round}, reference SQL: monthly bed-nights and service totals, the plain way`);
      const [reference, referenceMs] = await timed(() => referenceFigures(pg, firstMonth, today));
      log(`  reference: ${seconds(referenceMs)} (as written, PostgreSQL's default session: parallel workers, JIT)`);
      // For information: the same SQL in a session set as the build's steps are (no JIT, 64MB
      // work_mem), which can be faster than the default (JIT compiles for about a second on bed-nights).
      await pg.query('BEGIN');
      await pg.query(`SET LOCAL jit = off`);
      await pg.query(`SET LOCAL work_mem = '64MB'`);
      const [, referenceLikeBuildMs] = await timed(() => referenceFigures(pg, firstMonth, today));
      await pg.query('COMMIT');
      log(`  reference with the build's session settings (jit off, work_mem 64MB): ${seconds(referenceLikeBuildMs)}`);
      const same = sameFigures(reference, await builtFigures(pg, firstMonth, today));
      agree &&= same;
      log(`  built monthly bed-nights and services equal the reference: ${same ? 'yes' : 'NO'}`);
      log(`  the build's stays + services steps: ${seconds(sameWork)}`);
      log(`  ratio of the round: ${(rebuild / referenceMs).toFixed(2)} ×`);
      rounds.push({ rebuild, sameWork, referenceMs, referenceLikeBuildMs });
    }
    const best = (key: keyof (typeof rounds)[number]) => Math.min(...rounds.map((round) => round[key]));
    const rebuild = best('rebuild');
    const sameWork = best('sameWork');
    const referenceMs = best('referenceMs');
    const referenceLikeBuildMs = best('referenceLikeBuildMs');

    log(`\nnightly run for ${yesterday} (the day, its month and its year so far)`);
    const nightlyId = await request(yesterday, yesterday);
    const [, nightly] = await timed(() =>
      builder.build({ id: nightlyId, from: yesterday, to: yesterday }, async () => undefined),
    );
    log(`  nightly: ${seconds(nightly)}`);

    const perRound = rounds.map((round) => round.rebuild / round.referenceMs).sort((a, b) => a - b);
    log(`\nratio (best of ${rounds.length} round${rounds.length === 1 ? '' : 's'} each)`);
    log(
      `  per round: ${perRound.map((ratio) => ratio.toFixed(2)).join(', ')} × (median ${perRound[Math.floor((perRound.length - 1) / 2)].toFixed(2)} ×)`,
    );
    log(
      `  full rebuild / reference: ${seconds(rebuild)} / ${seconds(referenceMs)} = ${(rebuild / referenceMs).toFixed(2)} ×`,
    );
    log(
      `  full rebuild / reference with the build's settings: ${seconds(rebuild)} / ${seconds(referenceLikeBuildMs)} = ${(rebuild / referenceLikeBuildMs).toFixed(2)} ×`,
    );

    log('\ntargets');
    log(`  full rebuild ≤ 30 s: ${seconds(rebuild)} — ${rebuild <= 30_000 ? 'met' : 'NOT met'}`);
    log(
      `  full rebuild ≤ 1.5 × reference: ${(rebuild / referenceMs).toFixed(2)} × — ${rebuild <= 1.5 * referenceMs ? 'met' : 'NOT met'}`,
    );
    log(
      `  same figures (stays + services steps) ≤ 1.5 × reference: ${(sameWork / referenceMs).toFixed(2)} × — ${sameWork <= 1.5 * referenceMs ? 'met' : 'NOT met'}`,
    );
    log(`  nightly ≤ 2 s: ${seconds(nightly)} — ${nightly <= 2_000 ? 'met' : 'NOT met'}`);
    if (!agree) process.exitCode = 1;
  } finally {
    await data.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`benchmark failed: ${error.message}\n`);
  process.exit(1);
});
