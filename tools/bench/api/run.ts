import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseConfig, loadConfig, typeOrmBaseOptions } from '@ibd/api/core';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { migrations } from '@ibd/migrations';
import { LoadResult, measure } from './load';
import { seedSynthetic } from './synthetic';
import { benchEnv, knob, ROOT } from '../bench-env';

/**
 * `npm run bench:api`: seeds a national-scale synthetic data set into its own database (ibd_bench,
 * dropped and recreated), builds and starts the API, and measures it with autocannon against a bare
 * NestJS route and the same lookup done directly with pg. Never part of the test command.
 *
 * Knobs (environment): BENCH_SEED, BENCH_VICTIMS (100000), BENCH_SERVICES (1000000),
 * BENCH_DURATION (seconds, 10), BENCH_CONNECTIONS (50), BENCH_POOL_SIZE (20), BENCH_DATABASE_URL,
 * BENCH_ROUNDS (3: the scenarios run in turn, round after round, and each figure is the median over
 * the rounds, so a passing disturbance of the shared machine moves one round, not the result);
 * BENCH_SKIP_SEED=1 reuses the data set; BENCH_API_ENTRY runs another build of the API than the
 * fresh one in dist/apps/api (to compare a change).
 */
const PORTS = { api: 3901, bare: 3902, pg: 3903 };
const CASE_BY_ID = 'GET /api/v1/cases/:id';
const CASE_LIST = 'GET /api/v1/cases?status=active&facilityId=';

const env = benchEnv();
const number = (name: string, fallback: number) => knob(env, name, fallback);
const seed = number('BENCH_SEED', 20260101);
const victims = number('BENCH_VICTIMS', 100_000);
const services = number('BENCH_SERVICES', 1_000_000);
const duration = number('BENCH_DURATION', 10);
const connections = number('BENCH_CONNECTIONS', 50);
const poolSize = number('BENCH_POOL_SIZE', 20);
const rounds = number('BENCH_ROUNDS', 3);
const databaseUrl =
  env['BENCH_DATABASE_URL'] ?? Object.assign(new URL(env['DATABASE_URL']), { pathname: '/ibd_bench' }).toString();
const apiEntry = env['BENCH_API_ENTRY'] ?? 'dist/apps/api/main.js';
const log = (line: string) => process.stdout.write(`${line}\n`);

async function recreateDatabase(): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
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

async function prepareData(): Promise<void> {
  log(`database ${new URL(databaseUrl).pathname.slice(1)}: recreate and migrate`);
  await recreateDatabase();
  const db = await new DataSource({
    ...typeOrmBaseOptions(loadConfig(DatabaseConfig, { DATABASE_URL: databaseUrl })),
    migrations,
  }).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    execFileSync(process.execPath, ['-r', './tools/register.cjs', 'tools/seed-demo.ts', '--users-only'], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: databaseUrl, DEMO_MODE: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const started = Date.now();
    await seedSynthetic(db, {
      seed,
      victims,
      services,
      keyring: Keyring.parse(env['IDENTITY_KEYS'], env['IDENTITY_ACTIVE_KEY']),
      blindIndex: new BlindIndex(Buffer.from(env['BLIND_INDEX_KEY'], 'base64')),
      log,
    });
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

function start(args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitFor(port: number, path: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const req = request({ port, path, host: '127.0.0.1' }, (res) => resolve(res.resume() !== undefined));
      req.on('error', () => resolve(false));
      req.end();
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`nothing answers on port ${port}`);
}

async function login(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORTS.api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'staff.sofia', password: 'Demo-Pass-2026!' }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const cell = (value: string, width: number) => value.padStart(width);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

/** One scenario over all rounds: the median of each figure, and its throughput relative to bare per round. */
interface Summary extends LoadResult {
  ratios: number[];
}

function summarise(byRound: LoadResult[][]): Summary[] {
  return byRound[0].map((first, index) => {
    const runs = byRound.map((round) => round[index]);
    const cpu = runs.map((r) => r.cpuMsPerRequest);
    return {
      name: first.name,
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      cpuMsPerRequest: cpu.includes(null) ? null : median(cpu as number[]),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      ratios: byRound.map((round) => round[index].requestsPerSecond / round[0].requestsPerSecond),
    };
  });
}

function report(results: Summary[]): void {
  log('');
  log(`medians over ${rounds} round(s); "vs bare" is the median of each round's ratio to that round's bare route`);
  log(
    `${'scenario'.padEnd(48)}${cell('req/s', 8)}${cell('p50 ms', 8)}${cell('p99 ms', 8)}${cell('vs bare', 9)}${cell('CPU ms/req', 12)}${cell('non-2xx', 9)}  per round`,
  );
  for (const r of results) {
    const cpu = r.cpuMsPerRequest === null ? 'n/a' : r.cpuMsPerRequest.toFixed(2);
    log(
      `${r.name.padEnd(48)}${cell(r.requestsPerSecond.toFixed(0), 8)}${cell(String(r.p50), 8)}${cell(String(r.p99), 8)}${cell(percent(median(r.ratios)), 9)}${cell(cpu, 12)}${cell(String(r.non2xx + r.errors), 9)}  ${r.ratios.map(percent).join(' ')}`,
    );
  }
  const caseById = results.find((r) => r.name === CASE_BY_ID) as Summary;
  const list = results.find((r) => r.name === CASE_LIST) as Summary;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  log('');
  log(`target case by id ≥ 40% of bare, p99 ≤ 50 ms: ${met(median(caseById.ratios) >= 0.4 && caseById.p99 <= 50)}`);
  log(`target case list ≥ 25% of bare: ${met(median(list.ratios) >= 0.25)}`);
  log(
    `load average during the run: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs`,
  );
}

async function main(): Promise<void> {
  if (env['BENCH_SKIP_SEED'] !== '1') await prepareData();
  log('building the API (npx nx build api)');
  execFileSync('npx', ['nx', 'build', 'api', '--skip-nx-cache'], { cwd: ROOT, stdio: 'ignore' });

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ id: facilityId }] = (await db.query(`SELECT id FROM units WHERE code = 'SOF-SHELTER'`)).rows;
  const pick = (status: string) =>
    db.query(
      `SELECT id FROM cases WHERE facility_id = $1 AND status ${status} ORDER BY md5(id::text || $2) LIMIT 2000`,
      [facilityId, String(seed)],
    );
  const readable = (await pick(`<> ''`)).rows.map((row) => row.id as string);
  const writable = (await pick(`<> 'closed'`)).rows.map((row) => row.id as string);
  const [counts] = (
    await db.query(
      `SELECT (SELECT count(*) FROM victims) AS victims, (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM service_records) AS services`,
    )
  ).rows;
  await db.end();
  log(`data set: ${counts.victims} victims, ${counts.cases} cases, ${counts.services} service records (seed ${seed})`);

  const server = start([apiEntry], {
    DATABASE_URL: databaseUrl,
    PORT: String(PORTS.api),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: String(poolSize),
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    DEMO_MODE: 'false',
  });
  const bare = start(['-r', './tools/register.cjs', 'tools/bench/api/bare-app.ts', String(PORTS.bare)], {
    NODE_ENV: 'production',
  });
  const pg = start([
    '-r',
    './tools/register.cjs',
    'tools/bench/api/pg-server.ts',
    String(PORTS.pg),
    databaseUrl,
    facilityId,
    String(poolSize),
  ]);
  const children = [server, bare, pg];
  try {
    await Promise.all([waitFor(PORTS.api, '/api/health'), waitFor(PORTS.bare, '/bare'), waitFor(PORTS.pg, '/')]);
    const auth = { Authorization: `Bearer ${await login()}` };
    const api = `http://127.0.0.1:${PORTS.api}`;
    const providedAt = new Date(Date.now() - 3_600_000).toISOString();
    const scenarios = [
      { name: 'bare NestJS GET /bare', url: `http://127.0.0.1:${PORTS.bare}/bare`, pid: bare.pid },
      {
        name: 'case by id, pg + node:http',
        url: `http://127.0.0.1:${PORTS.pg}`,
        pid: pg.pid,
        next: (n: number) => ({ path: `/cases/${readable[n % readable.length]}` }),
      },
      {
        name: CASE_BY_ID,
        url: api,
        pid: server.pid,
        headers: auth,
        next: (n: number) => ({ path: `/api/v1/cases/${readable[n % readable.length]}` }),
      },
      {
        name: CASE_LIST,
        url: api,
        pid: server.pid,
        headers: auth,
        next: () => ({ path: `/api/v1/cases?status=active&facilityId=${facilityId}` }),
      },
      {
        name: 'POST /api/v1/cases/:id/services',
        url: api,
        pid: server.pid,
        headers: { ...auth, 'Content-Type': 'application/json' },
        next: (n: number) => ({
          method: 'POST',
          path: `/api/v1/cases/${writable[n % writable.length]}/services`,
          body: JSON.stringify({ type: 'psychological', providedAt, durationMinutes: 45, notes: 'Синтетична бележка' }),
        }),
      },
    ];
    const byRound: LoadResult[][] = [];
    for (let round = 1; round <= rounds; round++) {
      const results: LoadResult[] = [];
      for (const scenario of scenarios) {
        log(`round ${round}/${rounds}: measuring ${scenario.name} (${connections} connections, ${duration} s)`);
        results.push(await measure(scenario, connections, duration, 3));
      }
      byRound.push(results);
    }
    report(summarise(byRound));
  } finally {
    children.forEach((child) => child.kill('SIGTERM'));
  }
}

main().catch((error: Error) => {
  process.stderr.write(`benchmark failed: ${error.message}\n`);
  process.exit(1);
});
