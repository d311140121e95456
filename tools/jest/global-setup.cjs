// Before the integration tests: a fresh template database with every migration applied.
require('./load-env.cjs');
require('../register.cjs');
const { admin, templateName, urlFor } = require('./test-database.cjs');

module.exports = async () => {
  const template = templateName();
  await admin(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${template}"`);
  const { createDataSource } = require('../../migrations/data-source.ts');
  const dataSource = createDataSource(urlFor(template));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
};
