// `node ensure-database.cjs URL [--fresh]`: creates the database named in URL when it does not
// exist; with --fresh, drops it first.
const { Client } = require('pg');

async function main() {
  const target = new URL(process.argv[2]);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new Client({ connectionString: Object.assign(new URL(target), { pathname: '/postgres' }).toString() });
  await server.connect();
  try {
    if (process.argv[3] === '--fresh') {
      await server.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    }
    const { rowCount } = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await server.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      process.stderr.write(`[services] created database ${name}\n`);
    }
  } finally {
    await server.end();
  }
}

main().catch((error) => {
  process.stderr.write(`[services] could not create the database: ${error.message}\n`);
  process.exit(1);
});
