import { signInAll, type DemoUsername } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

const EXPORTS = '/api/v1/statistics/record-exports';
const LAST_YEAR =
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date()).slice(0, 4)) - 1;
const PERIOD = { from: `${LAST_YEAR - 1}-01-01`, to: `${LAST_YEAR}-12-31` };
const NOBODY_ELSE: DemoUsername[] = ['staff.sofia', 'staff.burgas', 'social.worker', 'admin'];

describe('record-level exports API', () => {
  let t: TestApp;
  let as: Awaited<ReturnType<typeof signInAll>>;
  let requested: string;

  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
    requested = (await t.http.post(EXPORTS).set(as.auditor).send(PERIOD).expect(202)).body.id;
  });
  afterAll(() => t.close());

  it('records an auditor’s request as a queued run with its file row and an audit entry, in PostgreSQL only', async () => {
    const res = await t.http
      .post(EXPORTS)
      .set(as.auditor)
      .send({ ...PERIOD, format: 'json' })
      .expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'queued' });
    const [row] = await t.db.query(
      `SELECT r.kind, r.status, r.period_from::text AS "from", r.period_to::text AS "to", r.enqueued_at, u.username,
              e.format, e.content
         FROM statistics_runs r JOIN record_exports e ON e.run_id = r.id JOIN users u ON u.id = r.requested_by
        WHERE r.id = $1`,
      [res.body.id],
    );
    expect(row).toEqual({
      kind: 'record_export',
      status: 'queued',
      ...PERIOD,
      enqueued_at: null,
      username: 'auditor',
      format: 'json',
      content: null,
    });
    const audit = await t.db.query(
      `SELECT a.action, a.actor_role FROM audit_log a WHERE a.entity = 'statistics_record_export' AND a.entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual([{ action: 'statistics.record-export.request', actor_role: 'auditor' }]);
  });

  it('shows auditors and monitors its status and progress, the format csv unless asked otherwise', async () => {
    for (const user of [as.auditor, as.monitor]) {
      const view = await t.http.get(`${EXPORTS}/${requested}`).set(user).expect(200);
      expect(view.body).toEqual({
        id: requested,
        status: 'queued',
        progress: 0,
        ...PERIOD,
        attempts: 0,
        format: 'csv',
        createdAt: expect.any(String),
      });
      const page = await t.http.get(`${EXPORTS}?page=1&pageSize=100`).set(user).expect(200);
      expect(page.body.items.map((item: { id: string }) => item.id)).toContain(requested);
      expect(page.body).toMatchObject({ page: 1, pageSize: 100, total: page.body.items.length });
    }
  });

  it('keeps record-level exports out of the monitoring runs', async () => {
    await t.http.get(`/api/v1/statistics/runs/${requested}`).set(as.monitor).expect(404);
    const runs = await t.http.get('/api/v1/statistics/runs').set(as.monitor).expect(200);
    expect(runs.body.items.map((run: { id: string }) => run.id)).not.toContain(requested);
  });

  it('answers 409 for the file of an export not built yet, and 404 for an unknown one', async () => {
    const res = await t.http.get(`${EXPORTS}/${requested}/file`).set(as.auditor).expect(409);
    expect(res.body.message).toMatch(/not ready.*queued/);
    await t.http.get(`${EXPORTS}/00000000-0000-4000-8000-000000000000`).set(as.auditor).expect(404);
    await t.http.get(`${EXPORTS}/00000000-0000-4000-8000-000000000000/file`).set(as.monitor).expect(404);
    const bad = await t.http.get(`${EXPORTS}/not-a-uuid`).set(as.auditor).expect(400);
    expect(bad.body.message).toEqual(['id must be a UUID']);
  });

  it('lets monitors read but not request one', async () => {
    await t.http.post(EXPORTS).set(as.monitor).send(PERIOD).expect(403);
  });

  it.each(NOBODY_ELSE)('refuses %s everything with 403', async (user) => {
    await t.http.post(EXPORTS).set(as[user]).send(PERIOD).expect(403);
    await t.http.get(EXPORTS).set(as[user]).expect(403);
    await t.http.get(`${EXPORTS}/${requested}`).set(as[user]).expect(403);
    await t.http.get(`${EXPORTS}/${requested}/file`).set(as[user]).expect(403);
  });

  it('refuses callers without a token with 401', async () => {
    await t.http.post(EXPORTS).send(PERIOD).expect(401);
    await t.http.get(`${EXPORTS}/${requested}/file`).expect(401);
  });

  it.each([
    [{ ...PERIOD, from: `${LAST_YEAR}-03-01` }, 'from must be the first day of a year (YYYY-01-01)'],
    [{ ...PERIOD, to: `${LAST_YEAR}-06-30` }, 'to must be the last day of a year that has ended (YYYY-12-31)'],
    [
      { from: `${LAST_YEAR + 1}-01-01`, to: `${LAST_YEAR + 1}-12-31` },
      'to must be the last day of a year that has ended (YYYY-12-31)',
    ],
    [{ from: `${LAST_YEAR}-01-01`, to: `${LAST_YEAR - 1}-12-31` }, 'from must be on or before to'],
    [{ from: `${LAST_YEAR - 10}-01-01`, to: `${LAST_YEAR}-12-31` }, 'to must be less than 10 years after from'],
    [{ ...PERIOD, from: '2024-02-30' }, 'from must be a date written YYYY-MM-DD'],
    [{ ...PERIOD, format: 'xlsx' }, 'format must be one of csv, json'],
    [{ ...PERIOD, facilityId: 'x' }, 'property facilityId should not exist'],
    [{ to: PERIOD.to }, 'from must be a date written YYYY-MM-DD'],
  ])('refuses %j with a 400 naming the field and the rule, and records nothing', async (body, rule) => {
    const [{ before }] = await t.db.query(`SELECT count(*)::int AS before FROM statistics_runs`);
    const res = await t.http.post(EXPORTS).set(as.auditor).send(body).expect(400);
    expect(res.body.message).toContain(rule);
    const [{ after }] = await t.db.query(`SELECT count(*)::int AS after FROM statistics_runs`);
    expect(after).toBe(before);
  });
});
