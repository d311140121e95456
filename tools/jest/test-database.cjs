// Test databases: one template migrated per run, one copy per test file (CREATE DATABASE ... TEMPLATE).
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');

const baseUrl = () => new URL(process.env.DATABASE_URL);
const templateName = () => `${baseUrl().pathname.slice(1)}_tpl`;
const urlFor = (name) => Object.assign(baseUrl(), { pathname: `/${name}` }).toString();

async function admin(sql) {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createTestDatabase() {
  const name = `${baseUrl().pathname.slice(1)}_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  return { name, url: urlFor(name) };
}

async function dropTestDatabase(name) {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

module.exports = { admin, createTestDatabase, dropTestDatabase, templateName, urlFor };
