import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { configureApp } from '@ibd/api/core';
import { DEMO_PASSWORD, DemoModule, DemoSeedService } from '@ibd/api/demo';
import { BlindIndex, Keyring } from '@ibd/api/identity';
import { victimIndexes } from '@ibd/api/victims';
import { AppModule } from '../../../apps/api/src/app.module';
import { benchEnv, knob } from '../bench-env';

/**
 * The exchange half of `npm run bench:interchange`: the API in-process on its own database
 * (BENCH_DATABASE_URL, default ibd_bench_x, dropped and recreated), BENCH_EXCHANGE_CASES synthetic
 * cases (10000) with the consent to a transnational referral, then every case exported over HTTP
 * (GET /cases/:id/interchange) and every exported record imported back (POST /referrals/import),
 * BENCH_CONNECTIONS (8) requests in flight. Prints throughput, p50 and p99 and the load average
 * (the machine is shared). Never part of the test command.
 */
@Module({ imports: [AppModule, DemoModule] })
class BenchModule {}

const env = benchEnv();
const cases = knob(env, 'BENCH_EXCHANGE_CASES', 10_000);
const connections = knob(env, 'BENCH_CONNECTIONS', 8);
const port = knob(env, 'BENCH_EXCHANGE_PORT', 3912);
const databaseUrl =
  env['BENCH_DATABASE_URL'] ?? Object.assign(new URL(env['DATABASE_URL']), { pathname: '/ibd_bench_x' }).toString();
const log = (line: string) => process.stdout.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function recreateDatabase(): Promise<void> {
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

/** Synthetic cases at the Sofia shelter in bulk: varied codes, countries, means of control, services. */
async function seedCases(db: DataSource, keyring: Keyring, blindIndex: BlindIndex): Promise<void> {
  const [staff] = await db.query(`SELECT u.id, u.unit_id FROM users u WHERE u.username = 'staff.sofia'`);
  const indexes = victimIndexes(blindIndex, {});
  await db.query(
    `INSERT INTO victims (code, sex, birth_year, citizenship, identity_enc, name_index, registered_by_unit_id, created_by)
     SELECT 'V-2026-' || lpad(n::text, 6, '0'), (ARRAY['female','male','other','unknown'])[1 + n % 4],
            CASE WHEN n % 7 = 0 THEN NULL ELSE 1960 + n % 50 END, (ARRAY['BG','RO','DE','UA','NG','TR'])[1 + n % 6],
            $1, $2, $3, $4
       FROM generate_series(1, $5::int) AS n`,
    [keyring.encryptJson({}), indexes.nameIndex, staff.unit_id, staff.id, cases],
  );
  await db.query(
    `INSERT INTO cases (code, victim_id, facility_id, identified_at, identified_by, exploitation_forms,
                        recruitment_countries, exploitation_countries, transnational, child, means_of_control,
                        recruiter_relationship, trm_consent_given, trm_consent_date, created_by)
     SELECT 'SOF-SHELTER-2026-' || lpad(v.n::text, 6, '0'), v.id, $1, DATE '2025-01-01' + v.n % 300,
            (ARRAY['police','ngo','iom','prosecution','social_assistance'])[1 + v.n % 5],
            string_to_array((ARRAY['sexual_exploitation,other', 'forced_labour,forced_begging', 'servitude,criminal_activities'])[1 + v.n % 3], ','),
            ARRAY['BG'], ARRAY[(ARRAY['DE','NL','GR','AT'])[1 + v.n % 4]], true, coalesce(v.birth_year > 2007, false),
            string_to_array((ARRAY['debt_bondage,threats', 'withholds_documents,false_promises'])[1 + v.n % 2], ','),
            (ARRAY['family','friend','stranger','intimate_partner'])[1 + v.n % 4], true, DATE '2026-01-15', $2
       FROM (SELECT id, birth_year, substring(code FROM 8)::int AS n FROM victims WHERE code LIKE 'V-2026-%') v`,
    [staff.unit_id, staff.id],
  );
  await db.query(
    `INSERT INTO service_records (case_id, type, provided_at, duration_minutes, staff_id, facility_id)
     SELECT c.id, t.type, now() - interval '1 day', 60, $1, $2
       FROM cases c CROSS JOIN (VALUES ('accommodation'), ('psychological')) AS t(type)`,
    [staff.id, staff.unit_id],
  );
}

interface Timing {
  count: number;
  failed: number;
  /** What the first failed call answered. */
  firstFailure?: string;
  seconds: number;
  p50: number;
  p99: number;
}

/** Runs `work` (its answer when it failed, else null) over the items with `connections` in flight, timing each call. */
async function timed<T>(items: T[], work: (item: T) => Promise<string | null>): Promise<Timing> {
  const latencies: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  const queue = [...items];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const t0 = performance.now();
        const failure = await work(item);
        if (failure !== null) {
          failed++;
          firstFailure ??= failure;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { count: items.length, failed, firstFailure, seconds, p50: at(0.5), p99: at(0.99) };
}

const line = (name: string, t: Timing) =>
  `${name.padEnd(8)} ${String(t.count).padStart(6)} ${String(t.failed).padStart(6)} ${t.seconds.toFixed(1).padStart(8)} s ` +
  `${(t.count / t.seconds).toFixed(1).padStart(8)}/s ${t.p50.toFixed(1).padStart(8)} ms ${t.p99.toFixed(1).padStart(8)} ms` +
  (t.firstFailure ? `\n  first failure: ${t.firstFailure}` : '');

export async function benchExchange(): Promise<void> {
  await recreateDatabase();
  // The bench measures the exchange, not sign-in (bench:mfa does): the demo users sign in with the
  // password alone, as they would only after their second factor where it is required.
  Object.assign(process.env, env, {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    MFA_REQUIRED: 'false',
  });
  const app = await NestFactory.create<NestExpressApplication>(BenchModule, { logger: false });
  try {
    configureApp(app);
    await app.listen(port, '127.0.0.1');
    await app.get(DemoSeedService).seed();
    const db = app.get(DataSource);
    let t0 = performance.now();
    await seedCases(db, app.get(Keyring), app.get(BlindIndex));
    log(`seeded ${cases} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const base = `http://127.0.0.1:${port}/api/v1`;
    const token = async (username: string) => {
      const res = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      const body = (await res.json()) as { accessToken?: string };
      if (!body.accessToken)
        throw new Error(`${username} could not sign in: ${res.status} ${Object.keys(body).join(', ')}`);
      return body.accessToken;
    };
    const [staff, social] = await Promise.all([token('staff.sofia'), token('social.worker')]);
    const [target] = await db.query(`SELECT id FROM units WHERE code = 'VAR-SHELTER'`);
    const ids: string[] = (await db.query(`SELECT id FROM cases ORDER BY code`)).map((row: { id: string }) => row.id);
    const documents: string[] = [];

    log(`load average before: ${load()}`);
    log(`step      count failed     wall   throughput       p50        p99`);
    t0 = performance.now();
    const exported = await timed(ids, async (id) => {
      const res = await fetch(`${base}/cases/${id}/interchange?format=htcds-json`, {
        headers: { authorization: `Bearer ${staff}` },
      });
      const text = await res.text();
      if (res.status !== 200) return `${res.status} ${text.slice(0, 300)}`;
      documents.push(text);
      return null;
    });
    log(line('export', exported));
    const imported = await timed(documents, async (body) => {
      const res = await fetch(`${base}/referrals/import?toUnitId=${target.id}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${social}`, 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      return res.status === 201 ? null : `${res.status} ${text.slice(0, 300)}`;
    });
    log(line('import', imported));
    log(`load average after: ${load()} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  } finally {
    await app.close();
  }
}
