import type { Response } from 'supertest';
import { queryRows, todayInSofia } from '@ibd/api/core';
import type { TestApp } from './test-app';

export { createCase, createVictim, signInAll, USERS } from './case-fixtures';
export type { DemoUsername } from './case-fixtures';

export type Method = 'get' | 'post' | 'patch';

/** One call as a demo user (or anonymous): `/referrals` means `/api/v1/referrals`. */
export async function call(
  t: TestApp,
  user: string | null,
  method: Method,
  path: string,
  body?: object,
): Promise<Response> {
  const req = t.http[method](`/api/v1${path}`);
  if (user) req.auth(await t.token(user), { type: 'bearer' });
  return body === undefined ? req : req.send(body);
}

/** Unit ids by code (the seven facilities, DSP-SOF, ANKBTH). */
export async function unitIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await queryRows<{ id: string; code: string }>(t.db, 'SELECT id, code FROM units');
  return Object.fromEntries(rows.map((row) => [row.code, row.id]));
}

export const consent = () => ({ given: true, date: todayInSofia() });

/** A referral body for a person new to the system. */
export const newPersonReferral = (toUnitId: string, overrides: Record<string, unknown> = {}) => ({
  toUnitId,
  victim: { sex: 'female', citizenship: 'RO', birthYear: 1998, exploitationForms: ['forced_labour'] },
  reason: 'Needs a safe place to stay',
  urgency: 'high',
  consent: consent(),
  ...overrides,
});

export async function sendReferral(
  t: TestApp,
  user: string,
  body: object,
): Promise<{ id: string; code: string; status: string }> {
  const res = await call(t, user, 'post', '/referrals', body);
  if (res.status !== 201) throw new Error(`sendReferral: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An ISO timestamp `minutes` before now. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

export async function admit(
  t: TestApp,
  user: string,
  body: Record<string, unknown>,
): Promise<{ id: string; stayLimitDate: string; bedId: string; bedCode: string }> {
  const res = await call(t, user, 'post', '/placements', {
    admittedAt: minutesAgo(60),
    consent: { given: true },
    ...body,
  });
  if (res.status !== 201) throw new Error(`admit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
