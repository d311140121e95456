import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { configureApp } from '@ibd/api/core';
import { DEMO_PASSWORD, DemoModule, DemoSeedService } from '@ibd/api/demo';
import { Module } from '@nestjs/common';
// The real API, in process: the benchmark measures what the concurrency test asserts.
import { AppModule } from '../../apps/api/src/app.module';
import { benchEnv, knob } from './bench-env';

/**
 * `npm run bench:placements`: N+10 admissions to a facility with N free beds, all sent at once over
 * HTTP, in several rounds; then pairs of admissions to one bed. Prints attempts, successes,
 * refusals and wall time per round, and checks with SQL that no bed was held twice and no facility
 * held more stays than beds. Works on a database of its own (created, then dropped).
 *
 * Knobs (environment): BENCH_BEDS (beds of SOF-SHELTER, 10 as in the demo), BENCH_ROUNDS (5),
 * BENCH_EXTRA (10 admissions beyond the beds), BENCH_PAIRS (20), BENCH_POOL_SIZE (10).
 */
const env = benchEnv();
const BEDS = knob(env, 'BENCH_BEDS', 10);
const ROUNDS = knob(env, 'BENCH_ROUNDS', 5);
const EXTRA = knob(env, 'BENCH_EXTRA', 10);
const PAIRS = knob(env, 'BENCH_PAIRS', 20);
const base = new URL(env['DATABASE_URL']);
const name = `${base.pathname.slice(1)}_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
const log = (line: string) => process.stdout.write(`${line}\n`);

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

@Module({ imports: [AppModule, DemoModule] })
class BenchModule {}

interface Api {
  post(path: string, body: object): Promise<{ status: number; body: Record<string, unknown> }>;
  get(path: string): Promise<{ status: number; body: Record<string, unknown> }>;
}

async function client(url: string, username: string): Promise<Api> {
  const call = async (method: string, path: string, body?: object, token?: string) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const login = await call('POST', '/auth/login', { username, password: DEMO_PASSWORD });
  const token = login.body['accessToken'] as string;
  return { post: (path, body) => call('POST', path, body, token), get: (path) => call('GET', path, undefined, token) };
}

async function newCases(api: Api, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const victim = await api.post('/victims', {
      sex: 'female',
      citizenship: 'BG',
      identity: { firstName: 'Бенч', lastName: `Тест${randomBytes(4).toString('hex')}` },
    });
    const opened = await api.post('/cases', {
      victimId: victim.body['id'],
      identifiedAt: '2026-01-10',
      identifiedBy: 'police',
      exploitationForms: ['other'],
    });
    ids.push(opened.body['id'] as string);
  }
  return ids;
}

async function check(db: DataSource, facilityId: string): Promise<{ overlaps: number; held: number; beds: number }> {
  const [{ overlaps }] = await db.query(
    `SELECT count(*)::int AS overlaps FROM bed_assignments a JOIN bed_assignments b
        ON a.bed_id = b.bed_id AND a.id < b.id AND tstzrange(a.from_at, a.to_at) && tstzrange(b.from_at, b.to_at)`,
  );
  const [{ held }] = await db.query(
    `SELECT count(*)::int AS held FROM bed_assignments WHERE facility_id = $1 AND tstzrange(from_at, to_at) @> now()`,
    [facilityId],
  );
  const [{ beds }] = await db.query(`SELECT count(*)::int AS beds FROM beds WHERE unit_id = $1 AND active`, [
    facilityId,
  ]);
  return { overlaps, held, beds };
}

async function main(): Promise<void> {
  await onServer(`CREATE DATABASE "${name}"`);
  Object.assign(process.env, env, {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(knob(env, 'BENCH_POOL_SIZE', 10)),
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create<NestExpressApplication>(BenchModule, { logger: false });
  try {
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    await app.get(DemoSeedService).seed();
    const db = app.get(DataSource);
    const url = await app.getUrl();
    const [sofia, burgas] = await Promise.all([client(url, 'staff.sofia'), client(url, 'staff.burgas')]);
    const units: Array<{ id: string; code: string }> = await db.query(
      `SELECT id, code FROM units WHERE code IN ('SOF-SHELTER', 'BGS-SHELTER')`,
    );
    const unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
    await db.query(
      `INSERT INTO beds (unit_id, code, label) SELECT $1, 'SOF-SHELTER-B' || lpad(n::text, 3, '0'), 'Bench ' || n
         FROM generate_series(1, $2::int - (SELECT count(*)::int FROM beds WHERE unit_id = $1)) AS n`,
      [unit['SOF-SHELTER'], BEDS],
    );
    let failures = 0;

    log(`round  attempts  201  409  other  wall ms  overlaps  held/beds`);
    for (let round = 1; round <= ROUNDS; round++) {
      const { beds } = await check(db, unit['SOF-SHELTER']);
      const cases = await newCases(sofia, beds + EXTRA);
      const admittedAt = new Date().toISOString();
      const started = performance.now();
      const results = await Promise.all(
        cases.map((caseId) =>
          sofia.post('/placements', { caseId, facilityId: unit['SOF-SHELTER'], admittedAt, consent: { given: true } }),
        ),
      );
      const wall = performance.now() - started;
      const count = (status: number) => results.filter((res) => res.status === status).length;
      const state = await check(db, unit['SOF-SHELTER']);
      const ok = count(201) === beds && count(409) === EXTRA && state.overlaps === 0 && state.held === beds;
      failures += ok ? 0 : 1;
      log(
        `${String(round).padStart(5)}  ${String(cases.length).padStart(8)}  ${String(count(201)).padStart(3)}  ${String(count(409)).padStart(3)}  ${String(results.length - count(201) - count(409)).padStart(5)}  ${wall.toFixed(0).padStart(7)}  ${String(state.overlaps).padStart(8)}  ${state.held}/${state.beds}${ok ? '' : '  <- WRONG'}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const res of results.filter((r) => r.status === 201)) {
        await sofia.post(`/placements/${res.body['id']}/discharge`, {
          dischargedAt: new Date().toISOString(),
          reason: 'other',
          destination: 'unknown',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    const [{ id: bedId }] = await db.query(`SELECT id FROM beds WHERE unit_id = $1 ORDER BY code LIMIT 1`, [
      unit['BGS-SHELTER'],
    ]);
    let pairWins = 0;
    let pairLosses = 0;
    const pairStarted = performance.now();
    for (let pair = 0; pair < PAIRS; pair++) {
      const cases = await newCases(burgas, 2);
      const admittedAt = new Date().toISOString();
      const results = await Promise.all(
        cases.map((caseId) =>
          burgas.post('/placements', {
            caseId,
            facilityId: unit['BGS-SHELTER'],
            bedId,
            admittedAt,
            consent: { given: true },
          }),
        ),
      );
      const won = results.filter((res) => res.status === 201);
      pairWins += won.length;
      pairLosses += results.filter((res) => res.status === 409).length;
      const other = results.filter((res) => res.status !== 201 && res.status !== 409);
      for (const res of other) log(`pair ${pair + 1}: unexpected ${res.status} ${JSON.stringify(res.body['message'])}`);
      if (won.length !== 1 || other.length > 0) failures += 1;
      await new Promise((resolve) => setTimeout(resolve, 2));
      for (const res of won) {
        await burgas.post(`/placements/${res.body['id']}/discharge`, {
          dischargedAt: new Date().toISOString(),
          reason: 'other',
          destination: 'unknown',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const overlaps = (await check(db, unit['BGS-SHELTER'])).overlaps;
    log(
      `one bed, ${PAIRS} pairs at once: ${pairWins} won, ${pairLosses} refused (409), overlaps ${overlaps}, ${(performance.now() - pairStarted).toFixed(0)} ms with setup`,
    );
    log(
      failures === 0 && overlaps === 0
        ? 'OK: never a bed held twice, never more stays than beds'
        : `FAILED: ${failures} rounds wrong`,
    );
    process.exitCode = failures === 0 && overlaps === 0 ? 0 : 1;
  } finally {
    await app.close();
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`placements benchmark failed: ${error.message}\n`);
  process.exit(1);
});
