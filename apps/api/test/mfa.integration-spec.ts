import { execFileSync } from 'node:child_process';
import { CHALLENGE_EXPIRED, type LoginResponse, type SecondFactorChallenge } from '@ibd/shared/contracts';
import { WRONG_CREDENTIALS } from '@ibd/api/auth';
import { logout, refresh, toSession } from './refresh-cookie';
import { codeAt, createUser, enrol, enrolledUser, login, nextCode, PASSWORD, secondStep } from './mfa-fixtures';
import { createTestApp, TestApp } from './test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('second factor (TOTP) with MFA_REQUIRED off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const challengeOf = async (username: string) =>
    ((await login(t, username).expect(200)).body as SecondFactorChallenge).challengeToken;
  const auditActions = async (entityId: string) =>
    (
      await t.db.query(`SELECT action FROM audit_log WHERE entity = 'second_factor' AND entity_id = $1 ORDER BY seq`, [
        entityId,
      ])
    ).map((row: { action: string }) => row.action);

  it('enrols with a code computed from the secret, then signs in with the password and a code', async () => {
    const username = await createUser(t);
    const first = await login(t, username).expect(200);
    expect(first.body).toMatchObject({ mfaEnrolmentRequired: false, user: { username } });
    const token = first.body.accessToken as string;
    expect((await t.http.get('/api/v1/auth/mfa').set(bearer(token)).expect(200)).body).toEqual({
      enrolled: false,
      enrolledAt: null,
      required: false,
      recoveryCodesLeft: 0,
    });

    const started = await t.http.post('/api/v1/auth/mfa/enrolment').set(bearer(token)).expect(201);
    const { secret, otpauthUri } = started.body;
    expect(new URL(otpauthUri).searchParams.get('secret')).toBe(secret);
    expect(decodeURIComponent(otpauthUri)).toContain(`ИБД:${username}`);
    const wrong = await t.http
      .post('/api/v1/auth/mfa/enrolment/confirm')
      .set(bearer(token))
      .send({ code: (Number(await codeAt(secret)) ^ 1).toString().padStart(6, '0') })
      .expect(400);
    expect(wrong.body.message).toEqual([
      'code does not match the authenticator app: check that the phone shows the right time',
    ]);
    const confirmed = await t.http
      .post('/api/v1/auth/mfa/enrolment/confirm')
      .set(bearer(token))
      .send({ code: await codeAt(secret) })
      .expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    const enrolledAgain = await t.http.post('/api/v1/auth/mfa/enrolment').set(bearer(token)).expect(409);
    expect(enrolledAgain.body.message).toBe('A second factor is already set up');
    const status = (await t.http.get('/api/v1/auth/mfa').set(bearer(token)).expect(200)).body;
    expect(status).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });

    const challenge = await login(t, username).expect(200);
    expect(Object.keys(challenge.body).sort()).toEqual(['challengeExpiresIn', 'challengeToken']);
    const code = await nextCode(secret);
    const session = await secondStep(t, challenge.body.challengeToken, { code }).expect(200);
    expect(session.body).toMatchObject({ mfaEnrolmentRequired: false, user: { username } });
    await t.http.get('/api/v1/auth/me').set(bearer(session.body.accessToken)).expect(200);

    const again = await secondStep(t, await challengeOf(username), { code }).expect(401);
    const wrongPassword = await login(t, username, 'Not-The-Password-1').expect(401);
    expect(again.body.message).toBe(WRONG_CREDENTIALS);
    expect(wrongPassword.body.message).toBe(again.body.message);

    const [{ id }] = await t.db.query('SELECT id FROM users WHERE username = $1', [username]);
    expect(await auditActions(id)).toEqual([
      'mfa.enrolment_start',
      'mfa.verify_failed',
      'mfa.enrol',
      'mfa.verify',
      'mfa.verify_failed',
    ]);
  });

  it('lets only one of two requests with the same code through', async () => {
    const { username, secret } = await enrolledUser(t);
    const [a, b] = [await challengeOf(username), await challengeOf(username)];
    const code = await nextCode(secret);
    const statuses = (await Promise.all([secondStep(t, a, { code }), secondStep(t, b, { code })])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 401]);
  });

  it('takes a recovery code once; the second time is 401', async () => {
    const { username, recoveryCodes } = await enrolledUser(t);
    const recoveryCode = recoveryCodes[3].toLowerCase().replace('-', ' ');
    await secondStep(t, await challengeOf(username), { recoveryCode }).expect(200);
    const reused = await secondStep(t, await challengeOf(username), { recoveryCode }).expect(401);
    expect(reused.body.message).toBe(WRONG_CREDENTIALS);
    await secondStep(t, await challengeOf(username), { recoveryCode: recoveryCodes[4] }).expect(200);
    const [{ left }] = await t.db.query(
      `SELECT count(*)::int AS left FROM recovery_codes c JOIN users u ON u.id = c.user_id
        WHERE u.username = $1 AND c.used_at IS NULL`,
      [username],
    );
    expect(left).toBe(8);
  });

  it('never takes a challenge as an access token, nor an access token as a challenge', async () => {
    const { username, secret, session } = await enrolledUser(t);
    const challenge = await challengeOf(username);
    await t.http.get('/api/v1/auth/me').set(bearer(challenge)).expect(401);
    const refused = await secondStep(t, session.accessToken, { code: await nextCode(secret) }).expect(401);
    expect(refused.body.code).toBe(CHALLENGE_EXPIRED);
    await secondStep(t, `${challenge.slice(0, -2)}xx`, { code: '123456' }).expect(401);
  });

  it('counts wrong codes towards the lock-out, and a right password does not clear them', async () => {
    const { username } = await enrolledUser(t);
    for (let i = 0; i < 5; i++) {
      await secondStep(t, await challengeOf(username), { code: '000000' }).expect(401);
    }
    const locked = await login(t, username).expect(429);
    expect(locked.body.message).toMatch(/try again in \d+ minutes/);
  });

  it('validates the second step and answers without echoing codes', async () => {
    const { username } = await enrolledUser(t);
    const challengeToken = await challengeOf(username);
    for (const [body, rule] of [
      [{ challengeToken }, 'code must be the 6 digits the authenticator app shows'],
      [{ challengeToken, code: '12345' }, 'code must be the 6 digits the authenticator app shows'],
      [{ challengeToken, code: 123456 }, 'code must be the 6 digits the authenticator app shows'],
      [{ challengeToken, recoveryCode: 'short' }, 'recoveryCode must be longer than or equal to 10 characters'],
      [
        { challengeToken, code: '123456', recoveryCode: 'ABCDE-FGHJK' },
        'code and recoveryCode: send one of them, not both',
      ],
      [{ code: '123456' }, 'challengeToken must be a string'],
    ] as const) {
      const res = await t.http.post('/api/v1/auth/login/second-factor').send(body).expect(400);
      expect(res.body.message).toContain(rule);
      expect(JSON.stringify(res.body)).not.toMatch(/12345|ABCDE/);
    }
  });

  it('makes a new set of recovery codes for a current code only; the old set is void', async () => {
    const { username, secret, recoveryCodes, session } = await enrolledUser(t);
    const renew = (code: string) =>
      t.http.post('/api/v1/auth/mfa/recovery-codes').set(bearer(session.accessToken)).send({ code });
    expect((await renew('000000').expect(400)).body.message).toEqual([
      'code is not a current code of your authenticator app',
    ]);
    const renewed = await renew(await nextCode(secret)).expect(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    await secondStep(t, await challengeOf(username), { recoveryCode: recoveryCodes[0] }).expect(401);
    await secondStep(t, await challengeOf(username), { recoveryCode: renewed.body.recoveryCodes[0] }).expect(200);
  });

  it('keeps the secret and the recovery codes out of a database dump, the audit log and its answers', async () => {
    const { username, secret, recoveryCodes, usedCode } = await enrolledUser(t);
    const url = String(t.db.options['url' as keyof typeof t.db.options]);
    const dump = execFileSync('pg_dump', ['--data-only', url], { maxBuffer: 256 * 1024 * 1024 }).toString();
    expect(dump).toContain(username);
    for (const secretText of [secret, ...recoveryCodes, ...recoveryCodes.map((c) => c.replace('-', ''))]) {
      expect(dump).not.toContain(secretText);
    }
    const [{ stored }] = await t.db.query(
      'SELECT f.secret_enc AS stored FROM second_factors f JOIN users u ON u.id = f.user_id WHERE u.username = $1',
      [username],
    );
    expect(stored).toMatch(/^t1:[A-Za-z0-9+/=]+$/);
    const audit = JSON.stringify(await t.db.query('SELECT * FROM audit_log'));
    expect(audit).not.toContain(secret);
    expect(audit).not.toContain(usedCode);
    const status = await t.http.get('/api/v1/auth/mfa').set(bearer((await enrolledUser(t)).session.accessToken));
    expect(JSON.stringify(status.body)).not.toMatch(/secret|otpauth/i);
  });

  describe('admin', () => {
    it('resets a user’s second factor: audited, their refresh tokens end, they sign in with the password', async () => {
      const { username, session } = await enrolledUser(t);
      const [{ id }] = await t.db.query('SELECT id FROM users WHERE username = $1', [username]);
      const admin = await t.token('admin');
      expect((await t.http.get(`/api/v1/users/${id}/mfa`).set(bearer(admin)).expect(200)).body.enrolled).toBe(true);

      await t.http.delete(`/api/v1/users/${id}/mfa`).set(bearer(admin)).expect(204);

      await refresh(t, session).expect(401);
      const after = (await login(t, username).expect(200)).body as LoginResponse;
      expect(after).toMatchObject({ accessToken: expect.any(String), user: { username } });
      expect((await t.http.get(`/api/v1/users/${id}/mfa`).set(bearer(admin)).expect(200)).body.enrolled).toBe(false);
      const [{ actor_role }] = await t.db.query(
        `SELECT actor_role FROM audit_log WHERE action = 'mfa.reset' AND entity_id = $1`,
        [id],
      );
      expect(actor_role).toBe('admin');
      await t.http.delete(`/api/v1/users/00000000-0000-4000-8000-000000000000/mfa`).set(bearer(admin)).expect(404);
    });

    it.each(['staff.sofia', 'social.worker', 'monitor', 'auditor'])(
      'refuses %s with 403 on the admin’s second-factor and policy endpoints',
      async (username) => {
        const token = await t.token(username);
        const [{ id }] = await t.db.query(`SELECT id FROM users WHERE username = 'staff.varna'`);
        await t.http.get(`/api/v1/users/${id}/mfa`).set(bearer(token)).expect(403);
        await t.http.delete(`/api/v1/users/${id}/mfa`).set(bearer(token)).expect(403);
        await t.http.get('/api/v1/mfa-policies').set(bearer(token)).expect(403);
        await t.http.patch('/api/v1/mfa-policies/auditor').set(bearer(token)).send({ required: false }).expect(403);
      },
    );

    it('edits the per-role policy, audited; unknown roles are 404 and bad values 400', async () => {
      const admin = await t.token('admin');
      const before = (await t.http.get('/api/v1/mfa-policies').set(bearer(admin)).expect(200)).body;
      expect(before.enforced).toBe(false);
      expect(before.roles.every((r: { required: boolean }) => r.required)).toBe(true);
      const after = await t.http
        .patch('/api/v1/mfa-policies/auditor')
        .set(bearer(admin))
        .send({ required: false })
        .expect(200);
      expect(after.body.roles.find((r: { role: string }) => r.role === 'auditor').required).toBe(false);
      await t.http.patch('/api/v1/mfa-policies/auditor').set(bearer(admin)).send({ required: true }).expect(200);
      await t.http.patch('/api/v1/mfa-policies/king').set(bearer(admin)).send({ required: true }).expect(404);
      const bad = await t.http.patch('/api/v1/mfa-policies/auditor').set(bearer(admin)).send({ required: 'no' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['required must be a boolean value']);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'mfa_policy.update' AND entity_id = 'auditor'`,
      );
      expect(n).toBe(2);
    });
  });

  it('refuses its endpoints without a token', async () => {
    await t.http.get('/api/v1/auth/mfa').expect(401);
    await t.http.post('/api/v1/auth/mfa/enrolment').expect(401);
    await t.http.post('/api/v1/auth/mfa/recovery-codes').send({ code: '123456' }).expect(401);
  });

  it.each(['staff.sofia', 'social.worker', 'monitor', 'auditor', 'admin'])(
    'shows %s their own second factor',
    async (username) => {
      const res = await t.http
        .get('/api/v1/auth/mfa')
        .set(bearer(await t.token(username)))
        .expect(200);
      expect(res.body).toMatchObject({ enrolled: false, required: false });
    },
  );
});

describe('second factor with MFA_REQUIRED on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MFA_REQUIRED: 'true' });
  });
  afterAll(() => t.close());

  const UUID = '00000000-0000-4000-8000-000000000000';
  const ENROLMENT = ['POST /api/v1/auth/mfa/enrolment', 'POST /api/v1/auth/mfa/enrolment/confirm'];

  /** Every operation of the OpenAPI description, with its path parameters filled in. */
  async function operations(): Promise<Array<{ method: string; path: string }>> {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, object> };
    return Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({
        method: method.toUpperCase(),
        path: path.replace(/\{id\}/g, UUID).replace(/\{[^}]+\}/g, 'x'),
      })),
    );
  }

  it('gives a user without a factor 403 on every endpoint but the enrolment and sign-out', async () => {
    const username = await createUser(t, 'social_worker', 'DSP-SOF');
    const first = await login(t, username).expect(200);
    expect(first.body.mfaEnrolmentRequired).toBe(true);
    const token = first.body.accessToken as string;
    const seen: string[] = [];
    for (const { method, path } of await operations()) {
      const name = `${method} ${path.replace(UUID, '{id}')}`;
      const anonymous = await t.http[method.toLowerCase() as 'get'](path);
      if (anonymous.status !== 401) continue; // public: sign-in, refresh, sign-out, health
      const res = await t.http[method.toLowerCase() as 'get'](path).set(bearer(token));
      seen.push(`${name} ${res.status === 403 && res.body.code === 'MFA_ENROLMENT_REQUIRED' ? 'refused' : 'open'}`);
    }
    expect(seen.filter((line) => line.endsWith('open'))).toEqual(ENROLMENT.map((op) => `${op} open`));
    expect(seen.length).toBeGreaterThan(40);
    await logout(t, toSession(first)).expect(204);
  });

  it('opens everything once the user has enrolled and refreshed', async () => {
    const username = await createUser(t, 'monitor', 'ANKBTH');
    const first = toSession(await login(t, username).expect(200));
    await t.http.get('/api/v1/cases').set(bearer(first.accessToken)).expect(403);
    await enrol(t, first.accessToken);
    const refreshed = await refresh(t, first).expect(200);
    expect(refreshed.body.mfaEnrolmentRequired).toBe(false);
    await t.http.get('/api/v1/cases').set(bearer(refreshed.body.accessToken)).expect(200);
  });

  it('ends the other sessions of a user when they enrol (they were opened with a password alone)', async () => {
    const username = await createUser(t);
    const other = toSession(await login(t, username).expect(200));
    const current = toSession(await login(t, username).expect(200));
    await enrol(t, current.accessToken);
    await refresh(t, other).expect(401);
    await refresh(t, current).expect(200);
  });

  it('lets a role the admin exempts sign in with a password alone, and holds it again when required', async () => {
    const { session } = await enrolledUser(t, 'admin', 'ANKBTH');
    const admin = bearer(session.accessToken);
    const username = await createUser(t, 'auditor', 'ANKBTH');
    expect((await login(t, username).expect(200)).body.mfaEnrolmentRequired).toBe(true);
    await t.http.patch('/api/v1/mfa-policies/auditor').set(admin).send({ required: false }).expect(200);
    expect((await login(t, username).expect(200)).body.mfaEnrolmentRequired).toBe(false);
    await t.http.patch('/api/v1/mfa-policies/auditor').set(admin).send({ required: true }).expect(200);
    expect((await login(t, username, PASSWORD).expect(200)).body.mfaEnrolmentRequired).toBe(true);
  });
});
