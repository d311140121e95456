import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DEFAULT_JOB_OPTIONS } from './queue-names';
import { redisOptionsFromUrl } from './redis-options';

/**
 * The one Redis setup for BullMQ. Producers (the API) fail fast while Redis is away, so a request
 * never hangs on it; the worker waits for Redis to come back.
 */
@Module({})
export class QueueRootModule {
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    return {
      module: QueueRootModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: {
              ...redisOptionsFromUrl(config.REDIS_URL),
              maxRetriesPerRequest: null,
              enableOfflineQueue: role === 'worker',
            },
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
      ],
    };
  }
}
