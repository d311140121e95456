import { DynamicModule, Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { CodeCounterEntity } from '../numbering/code-counter.entity';
import { PreparedReads } from './prepared-reads';
import { typeOrmBaseOptions } from './typeorm-options';

export interface DatabaseModuleOptions {
  /** Migration classes, passed by the API app (the worker never migrates). */
  migrations?: Array<new () => MigrationInterface>;
  migrationsRun?: boolean;
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions = {}): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [PreparedReads],
      exports: [PreparedReads],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...typeOrmBaseOptions(config),
            autoLoadEntities: true,
            migrations: options.migrations ?? [],
            migrationsRun: options.migrationsRun ?? false,
            migrationsTransactionMode: 'each',
          }),
        }),
        TypeOrmModule.forFeature([CodeCounterEntity]),
      ],
    };
  }
}
