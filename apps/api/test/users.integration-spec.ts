import { DEMO_PASSWORD } from '@ibd/api/demo';
import { refresh, toSession } from './refresh-cookie';
import { createTestApp, TestApp } from './test-app';

const NEW_PASSWORD = 'Another-Pass-2026!';

describe('users (admin only)', () => {
  let t: TestApp;
  let admin: string;
  let unitIds: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.token('admin');
    const units: Array<{ id: string; code: string }> = await t.db.query('SELECT id, code FROM units');
    unitIds = Object.fromEntries(units.map((u) => [u.code, u.id]));
  });
  afterAll(() => t.close());

  const newUser = (overrides: object = {}) => ({
    username: 'staff.varna2',
    displayName: 'Нов служител',
    password: NEW_PASSWORD,
    role: 'shelter_staff',
    unitId: unitIds['VAR-SHELTER'],
    ...overrides,
  });

  it.each(['staff.sofia', 'social.worker', 'monitor', 'auditor'])(
    'refuses %s with 403 on every users endpoint',
    async (username) => {
      const token = await t.token(username);
      const id = '00000000-0000-4000-8000-000000000000';
      await t.http.get('/api/v1/users').auth(token, { type: 'bearer' }).expect(403);
      await t.http.get(`/api/v1/users/${id}`).auth(token, { type: 'bearer' }).expect(403);
      await t.http.post('/api/v1/users').auth(token, { type: 'bearer' }).send(newUser()).expect(403);
      await t.http.patch(`/api/v1/users/${id}`).auth(token, { type: 'bearer' }).send({ active: false }).expect(403);
    },
  );

  it('refuses a caller without a token with 401', async () => {
    await t.http.get('/api/v1/users').expect(401);
    await t.http.post('/api/v1/users').send(newUser()).expect(401);
  });

  it('lists users with pagination and filters', async () => {
    const all = await t.http.get('/api/v1/users?pageSize=3').auth(admin, { type: 'bearer' }).expect(200);
    expect(all.body).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect(all.body.items).toHaveLength(3);
    expect(all.body.items[0]).not.toHaveProperty('passwordHash');
    const staff = await t.http
      .get('/api/v1/users?role=shelter_staff&q=staff.')
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(staff.body.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'staff.burgas',
      'staff.sofia',
      'staff.varna',
    ]);
    const big = await t.http.get('/api/v1/users?pageSize=101').auth(admin, { type: 'bearer' }).expect(400);
    expect(big.body.message).toEqual(['pageSize must not be greater than 100']);
    const king = await t.http.get('/api/v1/users?role=king').auth(admin, { type: 'bearer' }).expect(400);
    expect(king.body.message).toEqual([
      'role must be one of the following values: shelter_staff, social_worker, monitor, auditor, admin',
    ]);
  });

  it('creates a user who can then sign in, and refuses the same username twice', async () => {
    const created = await t.http.post('/api/v1/users').auth(admin, { type: 'bearer' }).send(newUser()).expect(201);
    expect(created.body).toMatchObject({ username: 'staff.varna2', role: 'shelter_staff', active: true });
    await t.http.post('/api/v1/auth/login').send({ username: 'staff.varna2', password: NEW_PASSWORD }).expect(200);
    const again = await t.http.post('/api/v1/users').auth(admin, { type: 'bearer' }).send(newUser()).expect(409);
    expect(again.body.message).toBe('username is already taken');
  });

  it.each([
    [
      'a bad username',
      { username: 'Bad Name!' },
      'username must be 3-64 characters: latin letters, digits, dot, dash, underscore',
    ],
    ['a short password', { password: 'short' }, 'password must be longer than or equal to 12 characters'],
    [
      'an unknown role',
      { role: 'superuser' },
      'role must be one of the following values: shelter_staff, social_worker, monitor, auditor, admin',
    ],
    ['a unitId that is no UUID', { unitId: 'sofia' }, 'unitId must be a UUID'],
    [
      'a unit of the wrong kind',
      { role: 'social_worker' },
      'unitId: a social_worker must belong to a unit of kind agency',
    ],
    ['an unknown field', { isRoot: true }, 'property isRoot should not exist'],
    [
      'an over-long display name',
      { displayName: 'x'.repeat(201) },
      'displayName must be shorter than or equal to 200 characters',
    ],
    ['a wrong type', { displayName: 7 }, 'displayName must be a string'],
  ])('refuses %s with a 400 naming the field and the rule', async (_name, overrides, rule) => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM users');
    const res = await t.http
      .post('/api/v1/users')
      .auth(admin, { type: 'bearer' })
      .send(newUser({ username: 'someone.new', ...overrides }))
      .expect(400);
    expect(res.body.message).toContain(rule);
    expect(await t.db.query('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    const res = await t.http.get('/api/v1/users/not-a-uuid').auth(admin, { type: 'bearer' }).expect(400);
    expect(res.body.message).toEqual(['id must be a UUID']);
    await t.http.get('/api/v1/users/00000000-0000-4000-8000-000000000000').auth(admin, { type: 'bearer' }).expect(404);
  });

  it('disabling a user or changing a password ends their sessions', async () => {
    const session = toSession(
      await t.http.post('/api/v1/auth/login').send({ username: 'staff.burgas', password: DEMO_PASSWORD }).expect(200),
    );
    await t.http
      .patch(`/api/v1/users/${session.user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ password: NEW_PASSWORD })
      .expect(200);
    await refresh(t, session).expect(401);
    await t.http.post('/api/v1/auth/login').send({ username: 'staff.burgas', password: DEMO_PASSWORD }).expect(401);
    const fresh = toSession(
      await t.http.post('/api/v1/auth/login').send({ username: 'staff.burgas', password: NEW_PASSWORD }).expect(200),
    );
    const disabled = await t.http
      .patch(`/api/v1/users/${session.user.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ active: false })
      .expect(200);
    expect(disabled.body.active).toBe(false);
    await refresh(t, fresh).expect(401);
    await t.http.post('/api/v1/auth/login').send({ username: 'staff.burgas', password: NEW_PASSWORD }).expect(401);
  });

  it('refuses to change a username', async () => {
    const [{ id }] = await t.db.query("SELECT id FROM users WHERE username = 'monitor'");
    const res = await t.http
      .patch(`/api/v1/users/${id}`)
      .auth(admin, { type: 'bearer' })
      .send({ username: 'boss' })
      .expect(400);
    expect(res.body.message).toEqual(['property username should not exist']);
  });
});
