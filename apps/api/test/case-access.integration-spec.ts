import { createCase, createVictim, DemoUsername, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * The access matrix of the case records (docs/case-records.md, "Endpoints"): every endpoint as
 * every role, and as shelter staff of another facility (staff.burgas, for records of the Sofia
 * shelter). Out of scope → 404, wrong role → 403.
 */
type Caller = DemoUsername | 'anonymous';
const CALLERS: Caller[] = ['staff.sofia', 'staff.burgas', 'social.worker', 'monitor', 'auditor', 'admin', 'anonymous'];

interface Fixtures {
  victim: string;
  open: string;
  active: string;
  closed: string;
  child: string;
  task: string;
  item: string;
}

interface Row {
  endpoint: string;
  method: 'get' | 'post' | 'patch';
  path: (f: Fixtures) => string;
  body?: (f: Fixtures) => object;
  expected: Record<Exclude<Caller, 'anonymous'>, number>;
}

/** Expected statuses in CALLERS order (without anonymous, which is always 401). */
const statuses = (...codes: number[]) =>
  Object.fromEntries(CALLERS.slice(0, 6).map((caller, i) => [caller, codes[i]])) as Row['expected'];

const READ = statuses(200, 404, 404, 200, 403, 403);
const WRITE = (ok: number) => statuses(ok, 404, 403, 403, 403, 403);
const now = () => new Date().toISOString();

const ROWS: Row[] = [
  {
    endpoint: 'POST /victims',
    method: 'post',
    path: () => '/victims',
    body: () => ({ sex: 'male', identity: { firstName: 'A', lastName: 'B' } }),
    expected: statuses(201, 201, 403, 403, 403, 403),
  },
  { endpoint: 'GET /victims/:id', method: 'get', path: (f) => `/victims/${f.victim}`, expected: READ },
  {
    endpoint: 'PATCH /victims/:id',
    method: 'patch',
    path: (f) => `/victims/${f.victim}`,
    body: () => ({ languages: ['bg'] }),
    expected: WRITE(200),
  },
  {
    endpoint: 'POST /cases',
    method: 'post',
    path: () => '/cases',
    body: (f) => ({
      victimId: f.victim,
      identifiedAt: '2026-01-02',
      identifiedBy: 'police',
      exploitationForms: ['other'],
    }),
    expected: WRITE(201),
  },
  { endpoint: 'GET /cases', method: 'get', path: () => '/cases', expected: statuses(200, 200, 200, 200, 403, 403) },
  { endpoint: 'GET /cases/:id', method: 'get', path: (f) => `/cases/${f.active}`, expected: READ },
  {
    endpoint: 'PATCH /cases/:id',
    method: 'patch',
    path: (f) => `/cases/${f.active}`,
    body: () => ({ transnational: true }),
    expected: WRITE(200),
  },
  {
    endpoint: 'POST /cases/:id/activate',
    method: 'post',
    path: (f) => `/cases/${f.open}/activate`,
    expected: WRITE(200),
  },
  {
    endpoint: 'POST /cases/:id/close',
    method: 'post',
    path: (f) => `/cases/${f.active}/close`,
    body: () => ({ reason: 'moved_on' }),
    expected: WRITE(200),
  },
  {
    endpoint: 'POST /cases/:id/reopen',
    method: 'post',
    path: (f) => `/cases/${f.closed}/reopen`,
    expected: WRITE(200),
  },
  { endpoint: 'GET /cases/:id/tasks', method: 'get', path: (f) => `/cases/${f.child}/tasks`, expected: READ },
  {
    endpoint: 'POST /cases/:id/tasks/:taskId/done',
    method: 'post',
    path: (f) => `/cases/${f.child}/tasks/${f.task}/done`,
    expected: WRITE(200),
  },
  { endpoint: 'GET /cases/:id/timeline', method: 'get', path: (f) => `/cases/${f.child}/timeline`, expected: READ },
  { endpoint: 'GET /cases/:id/plan', method: 'get', path: (f) => `/cases/${f.child}/plan`, expected: READ },
  {
    endpoint: 'POST /cases/:id/plan/items',
    method: 'post',
    path: (f) => `/cases/${f.child}/plan/items`,
    body: () => ({ kind: 'need', text: 'x' }),
    expected: WRITE(201),
  },
  {
    endpoint: 'PATCH /cases/:id/plan/items/:itemId',
    method: 'patch',
    path: (f) => `/cases/${f.child}/plan/items/${f.item}`,
    body: () => ({ status: 'dropped' }),
    expected: WRITE(200),
  },
  {
    endpoint: 'POST /cases/:id/plan/reviews',
    method: 'post',
    path: (f) => `/cases/${f.child}/plan/reviews`,
    body: () => ({ reviewedOn: '2026-01-03', summary: 'ok' }),
    expected: WRITE(201),
  },
  { endpoint: 'GET /cases/:id/services', method: 'get', path: (f) => `/cases/${f.child}/services`, expected: READ },
  {
    endpoint: 'POST /cases/:id/services',
    method: 'post',
    path: (f) => `/cases/${f.child}/services`,
    body: () => ({ type: 'medical', providedAt: now(), durationMinutes: 20 }),
    expected: WRITE(201),
  },
  {
    endpoint: 'GET /service-types',
    method: 'get',
    path: () => '/service-types',
    expected: statuses(200, 200, 200, 200, 200, 200),
  },
  {
    endpoint: 'POST /service-types',
    method: 'post',
    path: () => '/service-types',
    body: () => ({ code: 'matrix_type', nameBg: 'М', nameEn: 'M' }),
    expected: statuses(403, 403, 403, 403, 403, 201),
  },
  { endpoint: 'GET /audit', method: 'get', path: () => '/audit', expected: statuses(403, 403, 403, 200, 200, 403) },
  {
    endpoint: 'GET /audit/verify',
    method: 'get',
    path: () => '/audit/verify',
    expected: statuses(403, 403, 403, 200, 200, 403),
  },
  {
    endpoint: 'GET /audit/head',
    method: 'get',
    path: () => '/audit/head',
    expected: statuses(403, 403, 403, 200, 200, 403),
  },
];

describe('access matrix of case records', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  let f: Fixtures;

  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
    const victim = await createVictim(t, 'staff.sofia', { birthYear: 2012 });
    const [open, active, closed, child] = await Promise.all([
      createCase(t),
      createCase(t),
      createCase(t),
      createCase(t, 'staff.sofia', { victimId: victim.id }),
    ]);
    const post = (path: string, body: object = {}) =>
      t.http
        .post(`/api/v1${path}`)
        .set(as['staff.sofia'])
        .send(body)
        .expect((res) => expect(res.status).toBeLessThan(300));
    await post(`/cases/${active.id}/activate`);
    await post(`/cases/${closed.id}/close`, { reason: 'other' });
    const tasks = await t.http.get(`/api/v1/cases/${child.id}/tasks`).set(as['staff.sofia']).expect(200);
    const item = await post(`/cases/${child.id}/plan/items`, { kind: 'goal', text: 'goal' });
    f = {
      victim: victim.id,
      open: open.id,
      active: active.id,
      closed: closed.id,
      child: child.id,
      task: tasks.body[0].id,
      item: item.body.id,
    };
  });
  afterAll(() => t.close());

  const cases = ROWS.flatMap((row) =>
    CALLERS.map((caller) => [row.endpoint, caller, caller === 'anonymous' ? 401 : row.expected[caller], row] as const),
  );

  it.each(cases)('%s as %s → %i', async (_endpoint, caller, status, row) => {
    let request = t.http[row.method](`/api/v1${row.path(f)}`);
    if (caller !== 'anonymous') request = request.set(as[caller]);
    const res = await request.send(row.body?.(f) ?? {});
    expect({ status: res.status, body: res.status === status ? undefined : res.body }).toEqual({
      status,
      body: undefined,
    });
  });

  it('never shows identity or plan texts to a monitor', async () => {
    const victim = await t.http.get(`/api/v1/victims/${f.victim}`).set(as.monitor).expect(200);
    expect(victim.body.identity).toBeUndefined();
    const plan = await t.http.get(`/api/v1/cases/${f.child}/plan`).set(as.monitor).expect(200);
    expect(plan.body.items[0].text).toBeUndefined();
  });
});
