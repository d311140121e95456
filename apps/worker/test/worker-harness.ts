import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { Writable } from 'node:stream';
import { AppLogger, createRootLogger, QUEUES, redisOptionsFromUrl } from '@ibd/api/core';
import { WorkerModule } from '../src/worker.module';

/** A closed port: an API given this cannot reach Redis at all. */
export const REDIS_DOWN = 'redis://127.0.0.1:1';

export interface Worker {
  context: INestApplicationContext;
  queue: Queue;
  events: QueueEvents;
  progress: Map<string, unknown[]>;
}

/**
 * The real WorkerModule on a test app's database, real Redis, a queue prefix of its own; `env`
 * adds settings of the worker (e.g. RECORD_EXPORT_SUPPRESSION_PERCENT); `logLines`, when given,
 * receives the worker's log lines (info and above) as parsed JSON.
 */
export async function startWorker(
  databaseUrl: string,
  env: Record<string, string> = {},
  logLines?: Array<Record<string, unknown>>,
): Promise<Worker> {
  const saved = { ...process.env };
  Object.assign(process.env, env, { DATABASE_URL: databaseUrl, QUEUE_PREFIX: `ibd-test-${randomUUID()}` });
  const context = await NestFactory.createApplicationContext(WorkerModule, {
    logger: logLines ? new AppLogger(createRootLogger('info', collect(logLines))) : false,
  });
  await context.init();
  process.env = saved;
  const queue = context.get<Queue>(getQueueToken(QUEUES.statistics));
  const events = new QueueEvents(QUEUES.statistics, { connection: await queue.client, prefix: queue.opts.prefix });
  await events.waitUntilReady();
  const progress = new Map<string, unknown[]>();
  events.on('progress', ({ jobId, data }) => progress.set(jobId, [...(progress.get(jobId) ?? []), data]));
  return { context, queue, events, progress };
}

/** A stream that parses each JSON log line into `lines`. */
const collect = (lines: Array<Record<string, unknown>>) =>
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });

/** Stops the worker and deletes every key of its queue prefix (all the worker's queues). */
export async function stopWorker(worker: Worker): Promise<void> {
  const redis = new Redis(redisOptionsFromUrl(process.env['REDIS_URL'] as string));
  const prefix = worker.queue.opts.prefix as string;
  await worker.events.close();
  await worker.context.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}

/** Probes until `done` holds or the time is up; the last value either way. */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
