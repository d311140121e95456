import { createUser, login } from './mfa-fixtures';
import { logout, refresh as refreshWith, Session, toSession } from './refresh-cookie';
import { createTestApp, TestApp } from './test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const UUID = '00000000-0000-4000-8000-000000000000';

describe('sessions (refresh-token families)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Signs in from a browser named `agent`. */
  const signIn = async (username: string, agent: string) =>
    toSession(await login(t, username).set('User-Agent', agent).expect(200));
  const refresh = (session: Session) => refreshWith(t, session);
  const list = (session: Session) => t.http.get('/api/v1/auth/sessions').set(bearer(session.accessToken)).expect(200);

  it('lists the user’s own sessions, newest use first, marking the one that asks', async () => {
    const username = await createUser(t);
    const laptop = await signIn(username, 'Laptop browser');
    const phone = await signIn(username, 'Phone browser');
    await signIn(await createUser(t), 'Someone else');
    const res = await list(laptop);
    expect(res.body).toMatchObject({ total: 2, page: 1 });
    expect(res.body.items.map((s: { userAgent: string; current: boolean }) => [s.userAgent, s.current])).toEqual([
      ['Phone browser', false],
      ['Laptop browser', true],
    ]);
    expect(res.body.items[0]).toEqual({
      id: expect.any(String),
      createdAt: expect.any(String),
      lastUsedAt: expect.any(String),
      clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
      userAgent: 'Phone browser',
      current: false,
    });
    await refresh(laptop).set('User-Agent', 'Laptop browser, updated').expect(200);
    expect((await list(phone)).body.items[0].userAgent).toBe('Laptop browser, updated');
  });

  it('ends another session: its refresh then fails, and ending it again or another user’s is 404', async () => {
    const username = await createUser(t);
    const mine = await signIn(username, 'Mine');
    const other = await signIn(username, 'Left open in the office');
    const stranger = await signIn(await createUser(t), 'Stranger');
    const otherId = (await list(mine)).body.items.find((s: { current: boolean }) => !s.current).id;
    const strangerId = (await list(stranger)).body.items[0].id;

    await t.http.delete(`/api/v1/auth/sessions/${otherId}`).set(bearer(mine.accessToken)).expect(204);

    await refresh(other).expect(401);
    expect((await list(mine)).body.total).toBe(1);
    await t.http.delete(`/api/v1/auth/sessions/${otherId}`).set(bearer(mine.accessToken)).expect(404);
    await t.http.delete(`/api/v1/auth/sessions/${strangerId}`).set(bearer(mine.accessToken)).expect(404);
    await refresh(stranger).expect(200);
    await t.http.delete('/api/v1/auth/sessions/not-a-uuid').set(bearer(mine.accessToken)).expect(400);
    const [{ actor_id }] = await t.db.query(
      `SELECT actor_id FROM audit_log WHERE action = 'session.end' AND entity = 'session' AND entity_id = $1`,
      [otherId],
    );
    expect(actor_id).toBe(mine.user.id);
  });

  it('ends all other sessions and keeps the one that asks', async () => {
    const username = await createUser(t);
    const [a, b, mine] = [await signIn(username, 'A'), await signIn(username, 'B'), await signIn(username, 'Mine')];
    const res = await t.http.post('/api/v1/auth/sessions/end-others').set(bearer(mine.accessToken)).expect(200);
    expect(res.body).toEqual({ ended: 2 });
    await refresh(a).expect(401);
    await refresh(b).expect(401);
    await refresh(mine).expect(200);
  });

  it('ends the session on sign-out, and revokes it when a spent refresh token comes back', async () => {
    const username = await createUser(t);
    const signedOut = await signIn(username, 'Signing out');
    await logout(t, signedOut).expect(204);
    const stolen = await signIn(username, 'Stolen');
    await refresh(stolen).expect(200);
    await refresh(stolen).expect(401);
    const actions = await t.db.query(
      `SELECT a.action FROM audit_log a JOIN auth_sessions s ON s.id::text = a.entity_id
        WHERE s.user_id = $1 ORDER BY a.seq`,
      [signedOut.user.id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['session.end', 'session.reuse_detected']);
    expect((await list(await signIn(username, 'Fresh'))).body.total).toBe(1);
  });

  describe('admin', () => {
    it('lists and ends a user’s sessions', async () => {
      const username = await createUser(t);
      const session = await signIn(username, 'Staff browser');
      const admin = bearer(await t.token('admin'));
      const listed = await t.http.get(`/api/v1/users/${session.user.id}/sessions`).set(admin).expect(200);
      expect(listed.body.items.map((s: { userAgent: string }) => s.userAgent)).toEqual(['Staff browser']);
      const ended = await t.http.delete(`/api/v1/users/${session.user.id}/sessions`).set(admin).expect(200);
      expect(ended.body).toEqual({ ended: 1 });
      await refresh(session).expect(401);
      await t.http.get(`/api/v1/users/${UUID}/sessions`).set(admin).expect(404);
      await t.http.delete(`/api/v1/users/${UUID}/sessions`).set(admin).expect(404);
    });

    it.each(['staff.sofia', 'social.worker', 'monitor', 'auditor'])(
      'refuses %s with 403 on another user’s sessions',
      async (username) => {
        const token = bearer(await t.token(username));
        await t.http.get(`/api/v1/users/${UUID}/sessions`).set(token).expect(403);
        await t.http.delete(`/api/v1/users/${UUID}/sessions`).set(token).expect(403);
      },
    );
  });

  it('refuses every sessions endpoint without a token', async () => {
    await t.http.get('/api/v1/auth/sessions').expect(401);
    await t.http.post('/api/v1/auth/sessions/end-others').expect(401);
    await t.http.delete(`/api/v1/auth/sessions/${UUID}`).expect(401);
    await t.http.get(`/api/v1/users/${UUID}/sessions`).expect(401);
  });
});
