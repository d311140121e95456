import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DatabaseConfig, loadConfig, typeOrmBaseOptions } from '@ibd/api/core';
import { migrations } from './index';

/**
 * The DataSource of the TypeORM CLI (`npm run db:migrate|db:revert|db:generate`) and of the drift
 * test. Entities are found by file name, so this file depends on no domain library.
 */
export const ENTITY_GLOB = `${__dirname}/../libs/api/*/src/**/*.entity.ts`;

export const createDataSource = (url?: string) => {
  const config = loadConfig(DatabaseConfig, url ? { DATABASE_URL: url } : undefined);
  return new DataSource({
    ...typeOrmBaseOptions(config),
    entities: [ENTITY_GLOB],
    migrations,
    migrationsTransactionMode: 'each',
  });
};

export default createDataSource();
