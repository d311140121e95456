import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { Express, NextFunction, Request, Response } from 'express';
import Redis from 'ioredis';
import { AppConfig, QUEUES, redisOptionsFromUrl } from '@ibd/api/core';
import { QUEUE_BOARD_PATH } from './queue-board.constants';

const CONNECT_TIMEOUT_MS = 1_500;

async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The board itself (bull-board's Express app) and the queues it shows, read-only.
 *
 * The API needs no Redis for anything else, so Redis is not touched at start-up: one connection is
 * opened when an admin first asks the board for data, and the queues are attached once it is ready.
 * While Redis is away the board's data requests get 503 at once (no offline queue, no waiting), and
 * the rest of the API does not notice.
 */
@Injectable()
export class QueueBoardService implements OnModuleDestroy {
  private readonly logger = new Logger(QueueBoardService.name);
  private readonly adapter = new ExpressAdapter();
  private readonly board: ReturnType<typeof createBullBoard>;
  private readonly client: Redis;
  private connecting?: Promise<void>;
  private queues: Queue[] = [];

  constructor(private readonly config: AppConfig) {
    this.adapter.setBasePath(QUEUE_BOARD_PATH);
    this.board = createBullBoard({
      queues: [],
      serverAdapter: this.adapter,
      options: { uiConfig: { boardTitle: 'ИБД queues', hideDocsLink: true } },
    });
    this.router.disable('x-powered-by');
    this.client = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy: () => 2_000,
    });
    // Redis being away is reported by /api/health; here it only means 503 from the board.
    this.client.on('error', () => undefined);
  }

  /**
   * bull-board's Express app (the page, its static files and its JSON API) mounted at
   * QUEUE_BOARD_PATH the way Express `use()` mounts a sub-app: Nest mounts middleware as a route,
   * which leaves the prefix in `req.url`.
   */
  readonly handler = (req: Request, res: Response, next: NextFunction): void => {
    const { url } = req;
    const [reqPrototype, resPrototype] = [Object.getPrototypeOf(req), Object.getPrototypeOf(res)];
    const rest = url.slice(QUEUE_BOARD_PATH.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    this.router(req, res, (error?: unknown) => {
      req.url = url;
      Object.setPrototypeOf(req, reqPrototype);
      Object.setPrototypeOf(res, resPrototype);
      next(error);
    });
  };

  private get router(): Express {
    return this.adapter.getRouter() as Express;
  }

  /** Whether Redis answers; the first call connects and attaches the queues. */
  async ready(): Promise<boolean> {
    if (this.client.status === 'wait') {
      this.connecting ??= this.client.connect().catch(() => undefined);
      await within(this.connecting, CONNECT_TIMEOUT_MS);
    }
    if (this.client.status !== 'ready') {
      return false;
    }
    if (this.queues.length === 0) {
      this.attachQueues();
    }
    return true;
  }

  onModuleDestroy(): void {
    // Queues on a shared connection hold nothing else; disconnecting never waits for Redis.
    this.client.disconnect();
  }

  private attachQueues(): void {
    this.queues = Object.values(QUEUES).map((name) => {
      // skipMetasUpdate: a Queue otherwise writes its meta key on creation; the board only reads.
      const queue = new Queue(name, {
        connection: this.client,
        prefix: this.config.QUEUE_PREFIX,
        skipMetasUpdate: true,
      });
      queue.on('error', () => undefined);
      return queue;
    });
    this.board.replaceQueues(this.queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })));
    this.logger.log(`Queue board attached to ${this.queues.length} queues`);
  }
}
