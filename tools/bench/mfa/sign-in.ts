import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { configureApp } from '@ibd/api/core';
import { DEMO_PASSWORD, DemoModule, DemoSeedService } from '@ibd/api/demo';
import { onServer, urlFor } from '@ibd/api/testing';
// The real API, in process, over a database of its own (created, migrated, then dropped).
import { AppModule } from '../../../apps/api/src/app.module';
import { benchEnv, knob } from '../bench-env';

/**
 * `npm run bench:mfa`: the time of a whole sign-in over HTTP, with the second factor (password →
 * challenge → code → tokens) and, for comparison, with the password alone. Prints the median and
 * the 99th percentile of each, and of the code step by itself.
 *
 * One user signs in again and again; since a time step's code is taken only once, the benchmark
 * forgets the last step used between sign-ins (outside the timed part), as the clock would.
 * Knobs (environment): BENCH_SIGNINS (200 of each kind), BENCH_POOL_SIZE (10).
 */
const env = benchEnv();
const SIGNINS = knob(env, 'BENCH_SIGNINS', 200);
const name = `${new URL(env['DATABASE_URL']).pathname.slice(1)}_bench_${randomBytes(4).toString('hex')}`;
const log = (line: string) => process.stdout.write(`${line}\n`);

@Module({ imports: [AppModule, DemoModule] })
class BenchModule {}

type Answer = { status: number; body: Record<string, unknown> };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (ms: number) => ms.toFixed(1).padStart(7);
  return `${label.padEnd(34)} ${fmt(percentile(sorted, 0.5))} ${fmt(percentile(sorted, 0.99))} ${fmt(sorted[sorted.length - 1])}`;
}

async function main(): Promise<void> {
  Object.assign(process.env, env);
  await onServer(`CREATE DATABASE "${name}"`);
  Object.assign(process.env, {
    DATABASE_URL: urlFor(name),
    DATABASE_POOL_SIZE: String(knob(env, 'BENCH_POOL_SIZE', 10)),
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const app = await NestFactory.create<NestExpressApplication>(BenchModule, { logger: false });
  try {
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    await app.get(DemoSeedService).seed();
    const db = app.get(DataSource);
    const url = await app.getUrl();
    const post = async (path: string, body: object, token?: string): Promise<Answer> => {
      const res = await fetch(`${url}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const expect = (answer: Answer, status: number): Record<string, unknown> => {
      if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}`);
      return answer.body;
    };
    const code = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) });

    // staff.sofia enrols; staff.burgas keeps the password alone.
    const first = expect(await post('/auth/login', { username: 'staff.sofia', password: DEMO_PASSWORD }), 200);
    const token = first['accessToken'] as string;
    const { secret } = expect(await post('/auth/mfa/enrolment', {}, token), 201) as { secret: string };
    expect(await post('/auth/mfa/enrolment/confirm', { code: await code(secret) }, token), 200);

    const total: number[] = [];
    const codeStep: number[] = [];
    const passwordOnly: number[] = [];
    for (let i = 0; i < SIGNINS; i++) {
      await db.query(
        `UPDATE second_factors SET last_step = NULL WHERE user_id = (SELECT id FROM users WHERE username = 'staff.sofia')`,
      );
      const typed = await code(secret);
      const started = performance.now();
      const challenge = expect(await post('/auth/login', { username: 'staff.sofia', password: DEMO_PASSWORD }), 200);
      const codeStarted = performance.now();
      expect(
        await post('/auth/login/second-factor', { challengeToken: challenge['challengeToken'], code: typed }),
        200,
      );
      const done = performance.now();
      total.push(done - started);
      codeStep.push(done - codeStarted);
      const plain = performance.now();
      expect(await post('/auth/login', { username: 'staff.burgas', password: DEMO_PASSWORD }), 200);
      passwordOnly.push(performance.now() - plain);
    }
    log(`${SIGNINS} sign-ins of each kind, one at a time, over HTTP to the API in this process`);
    log(`${''.padEnd(34)}  median     p99     max (ms)`);
    log(summary('password + code (two requests)', total));
    log(summary('  of which the code step', codeStep));
    log(summary('password alone (one request)', passwordOnly));
  } finally {
    await app.close();
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`sign-in benchmark failed: ${error.message}\n`);
  process.exit(1);
});
