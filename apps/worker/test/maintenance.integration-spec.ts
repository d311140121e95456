import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { JOBS, QUEUES } from '@ibd/api/core';
import { NIGHTLY } from '@ibd/api/maintenance';
import { createTestDatabase, dropTestDatabase } from '@ibd/api/testing';
import { WorkerModule } from '../src/worker.module';

describe('worker: nightly purge of expired sign-in data (real Redis and PostgreSQL)', () => {
  let worker: INestApplicationContext;
  let database: { name: string; url: string };
  let db: DataSource;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    database = await createTestDatabase();
    const saved = { ...process.env };
    Object.assign(process.env, { DATABASE_URL: database.url, QUEUE_PREFIX: `ibd-test-${randomUUID()}` });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    process.env = saved;
    db = worker.get(DataSource);
    queue = worker.get<Queue>(getQueueToken(QUEUES.maintenance));
    events = new QueueEvents(QUEUES.maintenance, { connection: await queue.client, prefix: queue.opts.prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await events.close();
    await worker.close();
    await dropTestDatabase(database.name);
  });

  it('registers one nightly schedule for the purge', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: JOBS.purgeExpiredAuth, pattern: NIGHTLY.pattern, tz: NIGHTLY.tz }),
    ]);
  });

  it('deletes ended and expired sessions with their tokens, expired tokens and run-out lock-outs, keeping live ones', async () => {
    await db.query(`INSERT INTO units (code, name, kind) VALUES ('TEST-ADM', 'Test', 'administration')`);
    const [{ id: userId }] = await db.query(
      `INSERT INTO users (username, display_name, password_hash, role, unit_id)
       SELECT 'purge.test', 'Purge Test', 'x', 'admin', id FROM units WHERE code = 'TEST-ADM' RETURNING id`,
    );
    const session = async (expires: string, ended: string | null): Promise<string> => {
      const [{ id }] = await db.query(
        `INSERT INTO auth_sessions (user_id, expires_at, ended_at) VALUES ($1, now() + $2::interval, now() + $3::interval)
         RETURNING id`,
        [userId, expires, ended],
      );
      return id;
    };
    const token = (familyId: string, expires: string, revoked: string | null) =>
      db.query(
        `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, revoked_at)
         VALUES ($1, $2, repeat('a', 64), now() + $3::interval, now() + $4::interval) RETURNING id`,
        [userId, familyId, expires, revoked],
      );
    const [liveSession, expiredSession, endedSession] = await Promise.all([
      session('1 hour', null),
      session('-1 hour', null),
      session('1 hour', '-1 minute'),
    ]);
    const [[live], [spent], [expired], [revoked]] = await Promise.all([
      token(liveSession, '1 hour', null),
      token(liveSession, '-1 hour', null),
      token(expiredSession, '-1 hour', null),
      token(endedSession, '1 hour', '-1 minute'),
    ]);
    await db.query(
      `INSERT INTO login_throttles (username, failures, last_failure_at, locked_until) VALUES
       ('locked.now', 5, now(), now() + interval '10 minutes'),
       ('lock.over', 5, now() - interval '1 hour', now() - interval '30 minutes'),
       ('old.failure', 2, now() - interval '2 hours', NULL)`,
    );

    const job = await queue.add(JOBS.purgeExpiredAuth, {});
    const result = await job.waitUntilFinished(events, 30_000);

    expect(result).toEqual({ sessions: 2, refreshTokens: 1, loginThrottles: 2 });
    const sessions = await db.query('SELECT id FROM auth_sessions');
    expect(sessions.map((s: { id: string }) => s.id)).toEqual([liveSession]);
    const tokens = await db.query('SELECT id FROM refresh_tokens');
    expect(tokens.map((t: { id: string }) => t.id)).toEqual([live.id]);
    expect([spent.id, expired.id, revoked.id]).not.toContain(live.id);
    const throttles = await db.query('SELECT username FROM login_throttles');
    expect(throttles).toEqual([{ username: 'locked.now' }]);
  });
});
