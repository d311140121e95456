import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { redisOptionsFromUrl } from '@ibd/api/core';
import { QUEUE_BOARD_COOKIE } from '@ibd/api/queue-board';
import { createTestApp, TestApp } from './test-app';

const SESSION = '/api/v1/admin/queue-board/session';
const BOARD = '/api/admin/queues';

/** The board cookie's Set-Cookie line and its value. */
async function openBoard(api: TestApp, bearer: string): Promise<{ line: string; value: string }> {
  const res = await api.http.post(SESSION).auth(bearer, { type: 'bearer' }).expect(200);
  const lines = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const line = lines.find((l) => l.startsWith(`${QUEUE_BOARD_COOKIE}=`)) as string;
  expect(line).toBeDefined();
  return { line, value: line.split(';')[0].slice(QUEUE_BOARD_COOKIE.length + 1) };
}

const cookie = (value: string) => `${QUEUE_BOARD_COOKIE}=${value}`;

describe('the queue board', () => {
  const prefix = `ibd-test-qb-${randomBytes(4).toString('hex')}`;
  let api: TestApp;
  let admin: string;
  let maintenance: Queue;

  beforeAll(async () => {
    api = await createTestApp({ QUEUE_PREFIX: prefix });
    admin = await api.token('admin');
    maintenance = new Queue('maintenance', {
      connection: redisOptionsFromUrl(process.env['REDIS_URL'] as string),
      prefix,
    });
    await maintenance.add('purge-expired-auth', {}, { delay: 60_000 });
  });
  afterAll(async () => {
    await maintenance.obliterate({ force: true });
    await maintenance.close();
    await api.close();
  });

  it('gives an admin a short, HttpOnly, SameSite=Strict cookie for the board path only, and audits it', async () => {
    const res = await api.http.post(SESSION).auth(admin, { type: 'bearer' }).expect(200);
    expect(res.body).toEqual({ url: `${BOARD}/`, expiresIn: 600 });
    const line = ([] as string[])
      .concat(res.headers['set-cookie'])
      .find((l) => l.startsWith(`${QUEUE_BOARD_COOKIE}=`)) as string;
    expect(line).toMatch(/; Max-Age=600;/);
    expect(line).toContain(`; Path=${BOARD};`);
    expect(line).toContain('; HttpOnly');
    expect(line).toContain('; SameSite=Strict');
    expect(line).not.toContain('Secure'); // NODE_ENV=test; production adds it (see the cookie spec)
    const audit = await api.db.query(
      `SELECT actor_role, action, entity FROM audit_log WHERE action = 'queue_board.open'`,
    );
    expect(audit).toContainEqual({ actor_role: 'admin', action: 'queue_board.open', entity: 'queue_board' });
  });

  it('serves the board page, its files and its read-only API to an admin with the cookie', async () => {
    const { value } = await openBoard(api, admin);
    const page = await api.http
      .get(`${BOARD}/`)
      .set('Cookie', cookie(value))
      .expect(200)
      .expect('content-type', /html/);
    expect(page.text).toContain(`<base href="${BOARD}/" />`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('https:');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-powered-by']).toBeUndefined();
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)?.[1] as string;
    await api.http
      .get(`${BOARD}/${script}`)
      .set('Cookie', cookie(value))
      .expect(200)
      .expect('content-type', /javascript/);

    const list = await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie(value)).expect(200);
    const queues = list.body.queues as Array<{ name: string; readOnlyMode: boolean; counts: Record<string, number> }>;
    expect(queues.map((q) => q.name).sort()).toEqual(['alerts', 'maintenance', 'retention', 'statistics']);
    expect(queues.every((q) => q.readOnlyMode)).toBe(true);
    expect(queues.find((q) => q.name === 'maintenance')?.counts['delayed']).toBe(1);
  });

  it('refuses every change to the queues', async () => {
    const { value } = await openBoard(api, admin);
    await api.http.put(`${BOARD}/api/queues/maintenance/clean/delayed`).set('Cookie', cookie(value)).expect(405);
    await api.http.put(`${BOARD}/api/queues/maintenance/pause`).set('Cookie', cookie(value)).expect(405);
    await api.http
      .post(`${BOARD}/api/queues/maintenance/add`)
      .set('Cookie', cookie(value))
      .send({ name: 'x', data: {} })
      .expect(405);
    expect(await maintenance.getJobCounts('delayed')).toEqual({ delayed: 1 });
    expect(await maintenance.isPaused()).toBe(false);
  });

  it.each(['staff.sofia', 'social.worker', 'monitor', 'auditor'])(
    'refuses %s a board session with 403',
    async (username) => {
      const res = await api.http
        .post(SESSION)
        .auth(await api.token(username), { type: 'bearer' })
        .expect(403);
      expect(res.headers['set-cookie']).toBeUndefined();
    },
  );

  it('refuses a board session without a token with 401', async () => {
    await api.http.post(SESSION).expect(401);
  });

  it('refuses the board without a cookie, with a forged one, or with an access token as the cookie (401)', async () => {
    await api.http.get(`${BOARD}/`).expect(401);
    await api.http.get(`${BOARD}/api/queues`).expect(401);
    await api.http.get(`${BOARD}/static/images/logo.svg`).expect(401);
    const { value } = await openBoard(api, admin);
    const [header, payload] = value.split('.');
    await api.http
      .get(`${BOARD}/api/queues`)
      .set('Cookie', cookie(`${header}.${payload}.${'A'.repeat(43)}`))
      .expect(401);
    await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie('not-a-token')).expect(401);
    await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie(admin)).expect(401);
    await api.http.get(`${BOARD}/api/queues`).auth(admin, { type: 'bearer' }).expect(401);
  });

  it('does not take a board cookie as a bearer token', async () => {
    const { value } = await openBoard(api, admin);
    await api.http.get('/api/v1/auth/me').auth(value, { type: 'bearer' }).expect(401);
    await api.http.get('/api/v1/users').auth(value, { type: 'bearer' }).expect(401);
    await api.http.post(SESSION).auth(value, { type: 'bearer' }).expect(401);
  });

  it("refuses a deactivated admin's cookie at once", async () => {
    const units: Array<{ id: string }> = await api.db.query(`SELECT id FROM units WHERE code = 'ANKBTH'`);
    const password = 'Second-Admin-2026!';
    const created = await api.http
      .post('/api/v1/users')
      .auth(admin, { type: 'bearer' })
      .send({ username: 'admin.two', displayName: 'Втори администратор', password, role: 'admin', unitId: units[0].id })
      .expect(201);
    const login = await api.http.post('/api/v1/auth/login').send({ username: 'admin.two', password }).expect(200);
    const { value } = await openBoard(api, login.body.accessToken);
    await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie(value)).expect(200);
    await api.http
      .patch(`/api/v1/users/${created.body.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ active: false })
      .expect(200);
    await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie(value)).expect(401);
    await api.http.get(`${BOARD}/`).set('Cookie', cookie(value)).expect(401);
  });
});

describe('the queue board with Redis unreachable', () => {
  it('lets the API start and serve, and answers 503 for the queues at once', async () => {
    const api = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const admin = await api.token('admin');
      const { value } = await openBoard(api, admin);
      await api.http.get(`${BOARD}/`).set('Cookie', cookie(value)).expect(200);
      await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie(value)).expect(503);
      await api.http.get(`${BOARD}/api/queues`).set('Cookie', cookie(value)).expect(503);
      await api.http.get('/api/v1/users').auth(admin, { type: 'bearer' }).expect(200);
    } finally {
      await api.close();
    }
  });
});
