import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Test databases: one template migrated per run, one copy per test file (CREATE DATABASE … TEMPLATE). */
const baseUrl = () => new URL(process.env['DATABASE_URL'] as string);
const baseName = () => baseUrl().pathname.slice(1);

/** Set per jest run by tools/jest/global-setup.cjs, so that runs side by side never share a template. */
export const templateName = () => process.env['IBD_TEST_TEMPLATE'] ?? `${baseName()}_tpl`;
export const urlFor = (name: string) => Object.assign(baseUrl(), { pathname: `/${name}` }).toString();

/**
 * Runs one statement on the maintenance database (CREATE/DROP DATABASE cannot run elsewhere). Such a
 * statement returns no rows: `never[]`.
 */
export async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    await client.query<never>(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `${baseName()}_${randomBytes(5).toString('hex')}`;
  await onServer(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  return { name, url: urlFor(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
