import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseConfig, loadConfig, typeOrmBaseOptions } from '@ibd/api/core';
import { migrations } from '@ibd/migrations';
import { seedStatistics } from './seed';
import { benchEnv, knob } from '../bench-env';

/** The ten-year data set of the statistics benchmarks, open twice: TypeORM for the builders, pg for plain SQL. */
export interface StatsDataSet {
  db: DataSource;
  pg: Client;
  /** The ten years: from 3,649 days before today to today (Sofia). */
  from: string;
  today: string;
  yesterday: string;
  close(): Promise<void>;
}

export const statsDatabaseUrl = (env: Record<string, string>) =>
  env['BENCH_STATS_DATABASE_URL'] ??
  Object.assign(new URL(env['DATABASE_URL']), { pathname: '/ibd_bench_stats' }).toString();

const sofiaDate = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Sofia',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
export const shift = (day: string, days: number) =>
  new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Opens ibd_bench_stats (BENCH_STATS_DATABASE_URL, else DATABASE_URL with that database), migrated.
 * With `seeding` it is dropped, recreated and seeded first — ten years of national-scale synthetic
 * data, deterministic from BENCH_SEED and today's date. Knobs: BENCH_SEED, BENCH_VICTIMS (100000),
 * BENCH_PLACEMENTS (151000), BENCH_SERVICES (2000000), BENCH_REFERRALS (200000).
 */
export async function openStatsDataSet(seeding: boolean, log: (line: string) => void): Promise<StatsDataSet> {
  const env = benchEnv();
  const number = (name: string, fallback: number) => knob(env, name, fallback);
  const databaseUrl = statsDatabaseUrl(env);
  const today = sofiaDate(new Date());
  const yesterday = shift(today, -1);
  if (seeding) {
    log(`database ${new URL(databaseUrl).pathname.slice(1)}: recreate and migrate`);
    await recreateDatabase(databaseUrl);
  }
  const db = await new DataSource({
    ...typeOrmBaseOptions(loadConfig(DatabaseConfig, { DATABASE_URL: databaseUrl })),
    migrations,
  }).initialize();
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  // Also when the data is kept: a migration added since the seeding (an index) applies to it.
  await db.runMigrations({ transaction: 'each' });
  if (seeding) {
    const seed = number('BENCH_SEED', 20261125);
    log(`seeding ten years to ${yesterday} (seed ${seed})`);
    await seedStatistics(pg, {
      seed,
      lastDay: yesterday,
      victims: number('BENCH_VICTIMS', 100_000),
      placements: number('BENCH_PLACEMENTS', 151_000),
      services: number('BENCH_SERVICES', 2_000_000),
      referrals: number('BENCH_REFERRALS', 200_000),
      log,
    });
  }
  return {
    db,
    pg,
    from: shift(today, -3649),
    today,
    yesterday,
    async close() {
      await pg.end();
      await db.destroy();
    },
  };
}

/** Whether the data set is there to be reused: the database exists and holds victims. */
export async function statsDataSetExists(): Promise<boolean> {
  const client = new Client({ connectionString: statsDatabaseUrl(benchEnv()) });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('victims') IS NOT NULL AS present`);
    if (!rows[0].present) return false;
    return Number((await client.query('SELECT count(*) FROM victims')).rows[0].count) > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}
