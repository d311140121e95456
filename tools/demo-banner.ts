// The demo's welcome, printed once the API answers its health check: where to go, who to sign in
// as, with what password. Started next to the API by tools/demo.sh.
import { DEMO_PASSWORD, DEMO_USERS } from '@ibd/api/demo';
import type { Role } from '@ibd/shared/contracts';

const ROLES: Record<Role, string> = {
  shelter_staff: 'shelter staff',
  social_worker: 'social worker',
  monitor: 'monitoring expert',
  auditor: 'auditor',
  admin: 'administrator',
};

const url = process.argv[2] ?? 'http://localhost:3000';
const colour = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: string, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const width = Math.max(...DEMO_USERS.map((user) => user.username.length));

const lines = [
  '',
  paint('1;32', `  ИБД is running: ${url}`),
  `  API description: ${url}/api/docs`,
  '',
  `  Sign in as one of these users, password ${paint('1', DEMO_PASSWORD)}`,
  ...DEMO_USERS.map((user) => `    ${paint('1', user.username.padEnd(width))}  ${ROLES[user.role]}, ${user.unitCode}`),
  '',
  '  Worker log: .demo/worker.log. Request lines: LOG_LEVEL=debug npm run demo. Stop: Ctrl+C.',
  '',
];

async function answers(): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await answers()) {
      process.stdout.write(`${lines.join('\n')}\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  process.stderr.write(`[demo] the API did not answer at ${url} within 5 minutes\n`);
}

void main();
