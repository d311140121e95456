import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseConfig, loadConfig, typeOrmBaseOptions } from '@ibd/api/core';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { migrations } from '@ibd/migrations';
import { LoadResult, measure, Scenario } from './load';
import { seedSynthetic } from './synthetic';
import { benchEnv, knob, ROOT } from '../bench-env';

/**
 * `npm run bench:api`: seeds a national-scale synthetic data set into its own database (ibd_bench,
 * dropped and recreated), builds and starts the API, and measures it with autocannon against a bare
 * NestJS route and the same lookup done directly with pg. Never part of the test command.
 *
 * Knobs (environment): BENCH_SEED, BENCH_VICTIMS (100000), BENCH_SERVICES (1000000),
 * BENCH_DURATION (seconds, 10), BENCH_CONNECTIONS (50), BENCH_POOL_SIZE (20), BENCH_DATABASE_URL,
 * BENCH_PORT_BASE (3901: the API, the bare route and the pg server listen on it and the next two),
 * BENCH_ROUNDS (3: the scenarios run in turn, round after round, and each figure is the median over
 * the rounds, so a passing disturbance of the shared machine moves one round, not the result);
 * BENCH_SKIP_SEED=1 reuses the data set; BENCH_API_ENTRY runs another build of the API (to compare
 * a change) instead of building this checkout's into dist/apps/api.
 */
const CASE_BY_ID = 'GET /api/v1/cases/:id';
const CASE_LIST = 'GET /api/v1/cases?status=active&facilityId=';
const SERVICE_POST = 'POST /api/v1/cases/:id/services';
/** The three shelters the writers of the spread scenario work in, each with its demo staff user. */
const SHELTERS = [
  { code: 'SOF-SHELTER', username: 'staff.sofia' },
  { code: 'VAR-SHELTER', username: 'staff.varna' },
  { code: 'BGS-SHELTER', username: 'staff.burgas' },
];

const env = benchEnv();
const number = (name: string, fallback: number) => knob(env, name, fallback);
const portBase = number('BENCH_PORT_BASE', 3901);
const PORTS = { api: portBase, bare: portBase + 1, pg: portBase + 2 };
const seed = number('BENCH_SEED', 20260101);
const victims = number('BENCH_VICTIMS', 100_000);
const services = number('BENCH_SERVICES', 1_000_000);
const duration = number('BENCH_DURATION', 10);
const connections = number('BENCH_CONNECTIONS', 50);
const poolSize = number('BENCH_POOL_SIZE', 20);
const rounds = number('BENCH_ROUNDS', 3);
const databaseUrl =
  env['BENCH_DATABASE_URL'] ?? Object.assign(new URL(env['DATABASE_URL']), { pathname: '/ibd_bench' }).toString();
const otherBuild = env['BENCH_API_ENTRY'];
const apiEntry = otherBuild ?? 'dist/apps/api/main.js';
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

/** The Authorization header of a demo user. */
async function login(username: string): Promise<{ Authorization: string }> {
  const res = await fetch(`http://127.0.0.1:${PORTS.api}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo-Pass-2026!' }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (!res.ok || !body.accessToken) throw new Error(`login failed: ${res.status} ${Object.keys(body).join(', ')}`);
  return { Authorization: `Bearer ${body.accessToken}` };
}

const cell = (value: string, width: number) => value.padStart(width);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const loadAverage = () =>
  `${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} on ${cpus().length} CPUs`;

/** One scenario over all rounds: the median of each figure, each round's result and its throughput relative to bare. */
interface Summary extends LoadResult {
  rounds: LoadResult[];
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
      rounds: runs,
      ratios: byRound.map((round) => round[index].requestsPerSecond / round[0].requestsPerSecond),
    };
  });
}

/** Whether a scenario reaches a share of the bare route and a p99 in every round (and never answers other than 2xx). */
function target(results: Summary[], name: string, share: number, p99?: number): string {
  const r = results.find((result) => result.name === name) as Summary;
  const met =
    r.ratios.every((ratio) => ratio >= share) &&
    (p99 === undefined || r.rounds.every((round) => round.p99 <= p99)) &&
    r.non2xx + r.errors === 0;
  const bound = p99 === undefined ? '' : `, p99 ≤ ${p99} ms`;
  return `target ${name} ≥ ${percent(share)} of bare${bound} in every round, 0 non-2xx: ${met ? 'met' : 'NOT met'}`;
}

function report(results: Summary[]): void {
  log('');
  log(`medians over ${rounds} round(s); "vs bare" is the median of each round's ratio to that round's bare route`);
  log(
    `${'scenario'.padEnd(56)}${cell('req/s', 8)}${cell('p50 ms', 8)}${cell('p99 ms', 8)}${cell('vs bare', 9)}${cell('CPU ms/req', 12)}${cell('non-2xx', 9)}`,
  );
  for (const r of results) {
    const cpu = r.cpuMsPerRequest === null ? 'n/a' : r.cpuMsPerRequest.toFixed(2);
    log(
      `${r.name.padEnd(56)}${cell(r.requestsPerSecond.toFixed(0), 8)}${cell(String(r.p50), 8)}${cell(String(r.p99), 8)}${cell(percent(median(r.ratios)), 9)}${cell(cpu, 12)}${cell(String(r.non2xx + r.errors), 9)}`,
    );
  }
  log('');
  log("per round: req/s, p99 ms and share of that round's bare route");
  for (const r of results) {
    const each = r.rounds.map(
      (round, i) =>
        `${cell(round.requestsPerSecond.toFixed(0), 6)}${cell(String(round.p99), 6)}${cell(percent(r.ratios[i]), 6)}`,
    );
    log(`${r.name.padEnd(56)}${each.join('  |')}`);
  }
  log('');
  log(target(results, CASE_BY_ID, 0.4, 50));
  log(target(results, CASE_LIST, 0.25));
  log(target(results, SERVICE_POST, 0.2, 100));
  log(`load average at the end of the run: ${loadAverage()}`);
}

/** Up to 2,000 cases of a facility in a fixed pseudo-random order: all of them, or those not closed. */
async function casesOf(db: Client, facilityId: string, openOnly: boolean): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT id FROM cases WHERE facility_id = $1 AND (NOT $2 OR status <> 'closed') ORDER BY md5(id::text || $3) LIMIT 2000`,
    [facilityId, openOnly, String(seed)],
  );
  return rows.map((row) => row.id as string);
}

async function main(): Promise<void> {
  log(`load average at the start: ${loadAverage()}`);
  if (env['BENCH_SKIP_SEED'] !== '1') await prepareData();
  if (otherBuild === undefined) {
    log('building the API (npx nx build api)');
    execFileSync('npx', ['nx', 'build', 'api', '--skip-nx-cache'], { cwd: ROOT, stdio: 'ignore' });
  }

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows: units } = await db.query(`SELECT id, code FROM units WHERE code = ANY($1)`, [
    SHELTERS.map((shelter) => shelter.code),
  ]);
  const shelters = await Promise.all(
    SHELTERS.map(async (shelter) => {
      const facilityId = units.find((unit) => unit.code === shelter.code).id as string;
      return { ...shelter, facilityId, writable: await casesOf(db, facilityId, true) };
    }),
  );
  const [sofia] = shelters;
  const facilityId = sofia.facilityId;
  const readable = await casesOf(db, facilityId, false);
  const writable = sofia.writable;
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
    // The bench measures the case routes, not sign-in (bench:mfa does): the demo users sign in with
    // the password alone, as production would only after their second factor.
    MFA_REQUIRED: 'false',
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
    const tokens = await Promise.all(shelters.map((shelter) => login(shelter.username)));
    const auth = tokens[0];
    const api = `http://127.0.0.1:${PORTS.api}`;
    const providedAt = new Date(Date.now() - 3_600_000).toISOString();
    const json = { 'Content-Type': 'application/json' };
    const service = JSON.stringify({
      type: 'psychological',
      providedAt,
      durationMinutes: 45,
      notes: 'Синтетична бележка',
    });
    const post = (caseId: string) => ({ method: 'POST', path: `/api/v1/cases/${caseId}/services`, body: service });
    const read = (caseId: string) => ({ method: 'GET', path: `/api/v1/cases/${caseId}`, body: undefined });
    const scenarios: Scenario[] = [
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
        next: (n: number) => read(readable[n % readable.length]),
      },
      {
        name: CASE_LIST,
        url: api,
        pid: server.pid,
        headers: auth,
        next: () => ({ path: `/api/v1/cases?status=active&facilityId=${facilityId}` }),
      },
      {
        name: SERVICE_POST,
        url: api,
        pid: server.pid,
        headers: { ...auth, ...json },
        next: (n: number) => post(writable[n % writable.length]),
      },
      {
        // Connection k always writes to the same case, its own: as many cases as connections, in turn over 3 facilities.
        name: `POST services, ${connections} cases in ${shelters.length} facilities`,
        url: api,
        pid: server.pid,
        headers: json,
        perConnection: (k: number) => {
          const shelter = shelters[k % shelters.length];
          return { ...post(shelter.writable[Math.floor(k / shelters.length)]), headers: tokens[k % shelters.length] };
        },
      },
      {
        name: '80% GET /cases/:id, 20% POST services',
        url: api,
        pid: server.pid,
        headers: { ...auth, ...json },
        next: (n: number) => (n % 5 === 4 ? post(writable[n % writable.length]) : read(readable[n % readable.length])),
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
