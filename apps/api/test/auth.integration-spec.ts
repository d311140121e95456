import { sign } from 'jsonwebtoken';
import type { Response } from 'supertest';
import { CSRF_HEADER } from '@ibd/shared/contracts';
import { DEMO_PASSWORD, DEMO_USERS } from '@ibd/api/demo';
import { codeAt, createUser, enrol, login as mfaLogin, secondStep } from './mfa-fixtures';
import { logout, refresh, Session, setCookies, toSession } from './refresh-cookie';
import { createTestApp, TestApp } from './test-app';

const SECRET = process.env.JWT_SECRET as string;
const claims = {
  sub: '00000000-0000-4000-8000-000000000000',
  username: 'admin',
  role: 'admin',
  unitId: '00000000-0000-4000-8000-000000000001',
};
const good = { issuer: process.env.JWT_ISSUER ?? 'ibd-api', audience: process.env.JWT_AUDIENCE ?? 'ibd-client' };
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (username: string, password = DEMO_PASSWORD) =>
    t.http.post('/api/v1/auth/login').send({ username, password });

  it.each(DEMO_USERS)('lets demo user $username sign in with role $role', async ({ username, role, displayName }) => {
    const res = await login(username).expect(200);
    expect(res.body).toMatchObject({ expiresIn: 900, user: { username, role, displayName } });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    const me = await t.http.get('/api/v1/auth/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('gives the same 401 for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody.here', 'whatever-password').expect(401);
    const wrong = await login('staff.varna', 'wrong-password').expect(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(JSON.stringify(wrong.body)).not.toMatch(/staff\.varna|hash|SELECT/i);
  });

  it.each([
    [{}, ['username must be a string', 'password must be a string']],
    [{ username: 'admin' }, ['password must be a string']],
    [{ username: 42, password: DEMO_PASSWORD }, ['username must be a string']],
    [{ username: 'admin', password: ['x'] }, ['password must be a string']],
    [{ username: 'admin', password: DEMO_PASSWORD, role: 'admin' }, ['property role should not exist']],
    [
      { username: 'a'.repeat(65), password: DEMO_PASSWORD },
      ['username must be shorter than or equal to 64 characters'],
    ],
    [{ username: 'admin', password: 'p'.repeat(129) }, ['password must be shorter than or equal to 128 characters']],
  ])('rejects login body %j with a 400: %j', async (body, rules) => {
    const res = await t.http.post('/api/v1/auth/login').send(body).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(rules));
  });

  it('locks a username after repeated failures, known or not, and says so with 429', async () => {
    for (const username of ['staff.burgas', 'ghost.user']) {
      for (let i = 0; i < 5; i++) await login(username, 'wrong-password').expect(401);
      const locked = await login(username, DEMO_PASSWORD).expect(429);
      expect(locked.body.message).toMatch(/try again in \d+ minutes/);
    }
    const [{ count }] = await t.db.query("SELECT count(*)::int FROM users WHERE username = 'ghost.user'");
    expect(count).toBe(0);
    await login('staff.sofia').expect(200);
  });

  describe('access tokens', () => {
    const me = (token: string) => t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' });

    it('refuses a missing or garbage token with 401', async () => {
      await t.http.get('/api/v1/auth/me').expect(401);
      await me('not.a.jwt').expect(401);
    });

    it.each([
      ['signed with another key', () => sign(claims, 'another-secret-another-secret-another!', good)],
      ['expired', () => sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 }, SECRET, good)],
      ['from another issuer', () => sign(claims, SECRET, { ...good, issuer: 'evil' })],
      ['for another audience', () => sign(claims, SECRET, { ...good, audience: 'evil' })],
      [
        'with alg none',
        () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: good.issuer, aud: good.audience })}.`,
      ],
      ['with HS512 instead of HS256', () => sign(claims, SECRET, { ...good, algorithm: 'HS512' })],
      ['with a role that does not exist', () => sign({ ...claims, role: 'root' }, SECRET, good)],
    ])('refuses a token %s', async (_name, forge) => {
      await me(forge()).expect(401);
    });
  });

  describe('refresh cookie', () => {
    /** The attributes of each Set-Cookie line, by path: `{ value, HttpOnly: true, SameSite: 'Strict', ... }`. */
    const cookies = (res: Response) =>
      Object.fromEntries(
        setCookies(res).map((line) => {
          const [pair, ...attributes] = line.split(';').map((part) => part.trim());
          const entries = attributes.map((attribute) => {
            const at = attribute.indexOf('=');
            return at < 0 ? [attribute, true] : [attribute.slice(0, at), attribute.slice(at + 1)];
          });
          const parsed: Record<string, string | true> = Object.fromEntries(entries);
          return [parsed['Path'], { name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), ...parsed }];
        }),
      );
    const PATHS = ['/api/v1/auth/refresh', '/api/v1/auth/logout'];

    it('comes with every sign-in and refresh: HttpOnly, Secure, SameSite=Strict, one per path, never in the body', async () => {
      const signIn = await login('staff.varna').expect(200);
      const refreshed = await refresh(t, toSession(signIn)).expect(200);
      for (const res of [signIn, refreshed]) {
        const set = cookies(res);
        expect(Object.keys(set).sort()).toEqual([...PATHS].sort());
        for (const path of PATHS) {
          expect(set[path]).toEqual({
            name: 'ibd_refresh',
            value: expect.stringMatching(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/),
            Path: path,
            HttpOnly: true,
            Secure: true,
            SameSite: 'Strict',
          });
        }
        expect(set[PATHS[0]].value).toBe(set[PATHS[1]].value);
        expect(Object.keys(res.body).sort()).toEqual([
          'accessToken',
          'expiresIn',
          'idleTimeoutMinutes',
          'mfaEnrolmentRequired',
          'user',
        ]);
        expect(JSON.stringify(res.body)).not.toContain(String(set[PATHS[0]].value));
        expect(res.body.idleTimeoutMinutes).toBe(30);
      }
      expect(cookies(refreshed)[PATHS[0]].value).not.toBe(cookies(signIn)[PATHS[0]].value);
    });

    it('comes with the second step of a two-step sign-in, and not with the challenge', async () => {
      const username = await createUser(t);
      const first = toSession(await mfaLogin(t, username).expect(200));
      const { secret } = await enrol(t, first.accessToken, -30);
      const challenge = await mfaLogin(t, username).expect(200);
      expect(setCookies(challenge)).toEqual([]);
      const second = await secondStep(t, challenge.body.challengeToken, { code: await codeAt(secret) }).expect(200);
      expect(cookies(second)[PATHS[0]]).toMatchObject({ HttpOnly: true, Secure: true, SameSite: 'Strict' });
      await refresh(t, toSession(second)).expect(200);
    });

    it('is not Secure in demo mode, which serves plain http', async () => {
      const demo = await createTestApp({ DEMO_MODE: 'true', IDLE_TIMEOUT_MINUTES: '45' }, t);
      try {
        const res = await demo.http
          .post('/api/v1/auth/login')
          .send({ username: 'monitor', password: DEMO_PASSWORD })
          .expect(200);
        const set = cookies(res);
        for (const path of PATHS) {
          expect(set[path]).toMatchObject({ Path: path, HttpOnly: true, SameSite: 'Strict' });
          expect(set[path]).not.toHaveProperty('Secure');
        }
        expect(res.body.idleTimeoutMinutes).toBe(45);
      } finally {
        await demo.close();
      }
    });

    it.each([
      ['without the header', undefined],
      ['with another value', 'yes'],
    ])('refuses a refresh %s with 403 and leaves the token unspent', async (_name, header) => {
      const session = toSession(await login('staff.varna').expect(200));
      const request = t.http.post('/api/v1/auth/refresh').set('Cookie', session.cookie);
      const res = await (header === undefined ? request : request.set(CSRF_HEADER, header)).expect(403);
      expect(res.body.message).toContain(CSRF_HEADER);
      expect(setCookies(res)).toEqual([]);
      await refresh(t, session).expect(200);
    });

    it('rotates, and a spent cookie sent again ends the whole family', async () => {
      const first = toSession(await login('staff.varna').expect(200));
      const second = toSession(await refresh(t, first).expect(200));
      expect(second.cookie).not.toBe(first.cookie);
      expect(second.user.username).toBe('staff.varna');
      await t.http.get('/api/v1/auth/me').auth(second.accessToken, { type: 'bearer' }).expect(200);
      await refresh(t, first).expect(401);
      await refresh(t, second).expect(401);
      const [{ live }] = await t.db.query(
        `SELECT count(*)::int AS live FROM refresh_tokens
          WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE id = $1) AND revoked_at IS NULL`,
        [first.cookie.split('=')[1].split('.')[0]],
      );
      expect(live).toBe(0);
    });

    it('no longer takes the token in the body', async () => {
      const session = toSession(await login('staff.varna').expect(200));
      const refreshToken = session.cookie.split('=')[1];
      await t.http.post('/api/v1/auth/refresh').set(CSRF_HEADER, '1').send({ refreshToken }).expect(401);
      await t.http.post('/api/v1/auth/logout').set(CSRF_HEADER, '1').send({ refreshToken }).expect(204);
      await refresh(t, session).expect(200);
    });

    it('ends the session on logout and clears the cookie on both paths; not without the header', async () => {
      const session = toSession(await login('monitor').expect(200));
      await t.http.post('/api/v1/auth/logout').set('Cookie', session.cookie).expect(403);
      const current = toSession(await refresh(t, session).expect(200));
      const set = cookies(await logout(t, current).expect(204));
      for (const path of PATHS) {
        expect(set[path]).toMatchObject({ name: 'ibd_refresh', value: '', HttpOnly: true, SameSite: 'Strict' });
        expect(new Date(String(set[path].Expires)).getTime()).toBeLessThan(Date.now());
      }
      await refresh(t, current).expect(401);
    });

    it(`ends a session not refreshed for IDLE_TIMEOUT_MINUTES (every tab closed), audited`, async () => {
      const idle = toSession(await login('staff.sofia').expect(200));
      const recent = toSession(await login('staff.sofia').expect(200));
      const age = async (session: Session, minutes: number) =>
        t.db.query(
          `UPDATE auth_sessions SET last_used_at = now() - make_interval(mins => $2)
            WHERE id = (SELECT family_id FROM refresh_tokens WHERE id = $1)`,
          [session.cookie.split('=')[1].split('.')[0], minutes],
        );
      await age(idle, 31);
      await age(recent, 29);
      await refresh(t, idle).expect(401);
      await refresh(t, recent).expect(200);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int FROM audit_log a JOIN auth_sessions s ON s.id::text = a.entity_id
          WHERE a.action = 'session.idle_timeout' AND s.user_id = $1 AND s.ended_at IS NOT NULL`,
        [idle.user.id],
      );
      expect(count).toBe(1);
    });

    it('refuses a missing cookie and a well-formed but unknown token with 401', async () => {
      await t.http.post('/api/v1/auth/refresh').set(CSRF_HEADER, '1').expect(401);
      await refresh(t, { cookie: `ibd_refresh=00000000-0000-4000-8000-000000000000.${'A'.repeat(43)}` }).expect(401);
    });
  });
});
