// Loads .env.test for every test process; variables already set (DATABASE_URL, REDIS_URL from
// tools/services.sh) win.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

for (const line of readFileSync(join(__dirname, '../../.env.test'), 'utf8').split('\n')) {
  const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
  if (match && process.env[match[1]] === undefined) {
    process.env[match[1]] = match[2];
  }
}
process.env.TZ = 'UTC';
