import type { TestApp } from './test-app';

// jest ignores `testTimeout` inside a `projects` entry (jest.config.cjs sets it there): booting an
// app on a busy machine takes longer than the default 5 s.
jest.setTimeout(60_000);

/** Valid ЕГН numbers (date part and checksum) for tests, with the birth dates they encode. */
export const EGN = {
  adult: { number: '7503169269', dateOfBirth: '1975-03-16' },
  child: { number: '1050155551', dateOfBirth: '2010-10-15' },
  other: { number: '8001010008', dateOfBirth: '1980-01-01' },
};

let counter = 0;

/** A unique, valid identity; override what a test is about. */
export const identity = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Мария',
  lastName: `Тестова${String.fromCharCode(1072 + (counter++ % 32))}${counter}`,
  ...overrides,
});

export async function createVictim(t: TestApp, user = 'staff.sofia', body: Record<string, unknown> = {}) {
  const res = await t.http
    .post('/api/v1/victims')
    .auth(await t.token(user), { type: 'bearer' })
    .send({ sex: 'female', citizenship: 'BG', identity: identity(), ...body });
  if (res.status !== 201) throw new Error(`createVictim: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string };
}

export async function createCase(t: TestApp, user = 'staff.sofia', body: Record<string, unknown> = {}) {
  const victimId = (body['victimId'] as string | undefined) ?? (await createVictim(t, user)).id;
  const res = await t.http
    .post('/api/v1/cases')
    .auth(await t.token(user), { type: 'bearer' })
    .send({
      identifiedAt: '2026-01-10',
      identifiedBy: 'police',
      exploitationForms: ['sexual_exploitation'],
      ...body,
      victimId,
    });
  if (res.status !== 201) throw new Error(`createCase: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...(res.body as { id: string; code: string; status: string }), victimId };
}

export const USERS = [
  'staff.sofia',
  'staff.burgas',
  'staff.varna',
  'social.worker',
  'monitor',
  'auditor',
  'admin',
] as const;
export type DemoUsername = (typeof USERS)[number];

/** Authorization headers of every demo user, logged in once. */
export async function signInAll(t: TestApp): Promise<Record<DemoUsername, { Authorization: string }>> {
  const entries = await Promise.all(
    USERS.map(async (user) => [user, { Authorization: `Bearer ${await t.token(user)}` }] as const),
  );
  return Object.fromEntries(entries) as Record<DemoUsername, { Authorization: string }>;
}
