import { createTestDatabase, dropTestDatabase } from '@ibd/api/testing';
import { createDataSource } from './data-source';

describe('entities and migrations', () => {
  it('agree: after every migration, the entities need no further schema change', async () => {
    const database = await createTestDatabase();
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      expect(upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(database.name);
    }
  });

  it('can be reverted to nothing and applied again', async () => {
    const database = await createTestDatabase();
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      const applied = (await dataSource.query('SELECT count(*)::int AS n FROM schema_migrations'))[0].n;
      expect(applied).toBe(dataSource.migrations.length);
      for (let i = 0; i < applied; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const [{ tables }] = await dataSource.query(
        "SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'",
      );
      expect(tables).toBe(0);
      await dataSource.runMigrations({ transaction: 'each' });
      const [{ units }] = await dataSource.query('SELECT count(*)::int AS units FROM units');
      expect(units).toBe(8);
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(database.name);
    }
  });
});
