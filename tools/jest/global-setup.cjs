// Before the integration tests: a fresh template database with every migration applied.
require('./load-env.cjs');
require('../register.cjs');
const { onServer, templateName, urlFor } = require('../../libs/api/testing/src/test-database.ts');
const { createDataSource } = require('../../migrations/data-source.ts');

module.exports = async () => {
  const template = templateName();
  await onServer(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${template}"`);
  const dataSource = createDataSource(urlFor(template));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
};
