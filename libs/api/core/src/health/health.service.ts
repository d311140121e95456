import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { execute } from '../database/sql';
import { redisOptionsFromUrl } from '../queues/redis-options';

type Status = 'up' | 'down';
const TIMEOUT_MS = 1_500;

const within = <T>(promise: Promise<T>): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))]);

@Injectable()
export class HealthService implements OnModuleDestroy {
  private readonly redisClient: Redis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.redisClient = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => 2_000,
    });
    this.redisClient.on('error', () => undefined);
  }

  async database(): Promise<Status> {
    try {
      await within(execute(this.dataSource, 'SELECT 1'));
      return 'up';
    } catch {
      return 'down';
    }
  }

  async redis(): Promise<Status> {
    try {
      if (this.redisClient.status === 'wait') {
        await within(this.redisClient.connect());
      }
      await within(this.redisClient.ping());
      return 'up';
    } catch {
      return 'down';
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redisClient.disconnect();
  }
}
