// Prints fresh random secrets for the demo (kept in .demo/secrets.env, never committed).
const { randomBytes } = require('node:crypto');

const key = () => randomBytes(32).toString('base64');
process.stdout.write(
  [
    `JWT_SECRET=${randomBytes(48).toString('base64url')}`,
    `IDENTITY_KEYS=demo1:${key()}`,
    'IDENTITY_ACTIVE_KEY=demo1',
    `BLIND_INDEX_KEY=${key()}`,
    '',
  ].join('\n'),
);
