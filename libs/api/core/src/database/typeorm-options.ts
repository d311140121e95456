import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';

/** Options shared by Nest, the TypeORM CLI and the tests: synchronize is never on. */
export function typeOrmBaseOptions(config: DatabaseConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsTableName: 'schema_migrations',
    extra: { max: config.DATABASE_POOL_SIZE, application_name: 'ibd' },
  };
}
