// After the integration tests: the run's template database goes.
const { onServer, templateName } = require('../../libs/api/testing/src/test-database.ts');

module.exports = async () => {
  await onServer(`DROP DATABASE IF EXISTS "${templateName()}" WITH (FORCE)`);
};
