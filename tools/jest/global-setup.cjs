// Before the integration tests: a fresh template database with every migration applied, named for
// this run (workers inherit IBD_TEST_TEMPLATE), and dropped again by global-teardown.cjs.
require('./load-env.cjs');
require('../register.cjs');
const { randomBytes } = require('node:crypto');
const { onServer, templateName, urlFor } = require('../../libs/api/testing/src/test-database.ts');
const { createDataSource } = require('../../migrations/data-source.ts');

module.exports = async () => {
  process.env.IBD_TEST_TEMPLATE = `${new URL(process.env.DATABASE_URL).pathname.slice(1)}_tpl_${randomBytes(4).toString('hex')}`;
  const template = templateName();
  await onServer(`CREATE DATABASE "${template}"`);
  const dataSource = createDataSource(urlFor(template));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
};
