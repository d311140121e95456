import { sign } from 'jsonwebtoken';
import { DEMO_PASSWORD, DEMO_USERS } from '@ibd/api/demo';
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
    [{}, ['username', 'password']],
    [{ username: 'admin' }, ['password']],
    [{ username: 42, password: DEMO_PASSWORD }, ['username']],
    [{ username: 'admin', password: ['x'] }, ['password']],
    [{ username: 'admin', password: DEMO_PASSWORD, role: 'admin' }, ['role']],
    [{ username: 'a'.repeat(65), password: DEMO_PASSWORD }, ['username']],
    [{ username: 'admin', password: 'p'.repeat(129) }, ['password']],
  ])('rejects login body %j with a 400 naming %j', async (body, fields) => {
    const res = await t.http.post('/api/v1/auth/login').send(body).expect(400);
    for (const field of fields) {
      expect(res.body.message.join(' ')).toContain(field);
    }
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

  describe('refresh tokens', () => {
    const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refreshToken });

    it('rotates, and a spent token used again revokes the whole family', async () => {
      const first = (await login('staff.varna').expect(200)).body;
      const second = (await refresh(first.refreshToken).expect(200)).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.user.username).toBe('staff.varna');
      await refresh(first.refreshToken).expect(401);
      await refresh(second.refreshToken).expect(401);
      const [{ live }] = await t.db.query(
        `SELECT count(*)::int AS live FROM refresh_tokens
          WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE id = $1) AND revoked_at IS NULL`,
        [first.refreshToken.split('.')[0]],
      );
      expect(live).toBe(0);
    });

    it('revokes the family on logout', async () => {
      const session = (await login('monitor').expect(200)).body;
      await t.http.post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      await refresh(session.refreshToken).expect(401);
    });

    it.each([[{}], [{ refreshToken: 12 }], [{ refreshToken: 'x'.repeat(201) }], [{ refreshToken: 'abc', extra: 1 }]])(
      'rejects refresh body %j with 400',
      async (body) => {
        const res = await t.http.post('/api/v1/auth/refresh').send(body).expect(400);
        expect(res.body.message.join(' ')).toMatch(/refreshToken|extra/);
      },
    );

    it('refuses a well-formed but unknown token with 401', async () => {
      await refresh(`00000000-0000-4000-8000-000000000000.${'A'.repeat(43)}`).expect(401);
    });
  });
});
