import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import type { LoginResponse, Role, SecondFactorChallenge } from '@ibd/shared/contracts';
import { queryRows } from '@ibd/api/core';
import { UsersService } from '@ibd/api/users';
import { toSession } from './refresh-cookie';
import type { TestApp } from './test-app';

jest.setTimeout(60_000);

export const PASSWORD = 'Second-Factor-2026!';

/**
 * The code an authenticator app shows `offsetSeconds` from now. The API takes the steps before and
 * after the current one too, each once and in order, so a test has three codes at hand without
 * waiting: `codeAt(secret, -30)`, `codeAt(secret)` and `nextCode(secret)`.
 */
export const codeAt = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

export const nextCode = (secret: string) => codeAt(secret, 30);

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * A new user of the role (in a unit of the right kind), so no test shares a factor or a lock-out.
 * Made by the users service: with MFA required, the demo admin could not do it before enrolling.
 */
export async function createUser(t: TestApp, role: Role = 'shelter_staff', unitCode = 'SOF-SHELTER'): Promise<string> {
  const username = `mfa.${role.replace('_', '')}.${randomBytes(3).toString('hex')}`;
  const [{ id: unitId }] = await queryRows<{ id: string }>(t.db, 'SELECT id FROM units WHERE code = $1', [unitCode]);
  await t.app
    .get(UsersService)
    .create({ username, displayName: 'Тест Втори фактор', password: PASSWORD, role, unitId });
  return username;
}

export const login = (t: TestApp, username: string, password = PASSWORD) =>
  t.http.post('/api/v1/auth/login').send({ username, password });

export const secondStep = (t: TestApp, challengeToken: string, answer: { code?: string; recoveryCode?: string }) =>
  t.http.post('/api/v1/auth/login/second-factor').send({ challengeToken, ...answer });

/** Enrols the holder of `accessToken`: the secret from the API, the first code computed from it. */
export async function enrol(
  t: TestApp,
  accessToken: string,
  offsetSeconds = 0,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await t.http.post('/api/v1/auth/mfa/enrolment').set(bearer(accessToken)).expect(201);
  const { secret } = started.body as { secret: string };
  const confirmed = await t.http
    .post('/api/v1/auth/mfa/enrolment/confirm')
    .set(bearer(accessToken))
    .send({ code: await codeAt(secret, offsetSeconds) })
    .expect(200);
  return { secret, recoveryCodes: confirmed.body.recoveryCodes };
}

/**
 * A new user with a second factor, enrolled with the previous step's code; `session` is their first
 * two-step sign-in, with the current step's code. `nextCode` is still free.
 */
export async function enrolledUser(t: TestApp, role?: Role, unitCode?: string) {
  const username = await createUser(t, role, unitCode);
  const first = (await login(t, username).expect(200)).body as LoginResponse;
  const { secret, recoveryCodes } = await enrol(t, first.accessToken, -30);
  const challenge = (await login(t, username).expect(200)).body as SecondFactorChallenge;
  const code = await codeAt(secret);
  const session = toSession(await secondStep(t, challenge.challengeToken, { code }).expect(200));
  return { username, secret, recoveryCodes, session, usedCode: code };
}
