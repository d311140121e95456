import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

describe('audit log', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
    const victim = await createVictim(t, 'staff.sofia', { identity: identity({ personalNumber: EGN.adult.number }) });
    await createCase(t, 'staff.sofia', { victimId: victim.id });
  });
  afterAll(() => t.close());

  const verify = async () => (await t.http.get('/api/v1/audit/verify').set(as.auditor).expect(200)).body;
  /** As the table owner, with triggers off: what an attacker with database access could do. */
  const bypassingTriggers = async (sql: string, params: unknown[] = []) => {
    const runner = t.db.createQueryRunner();
    try {
      await runner.query('SET session_replication_role = replica');
      await runner.query(sql, params);
    } finally {
      await runner.query('SET session_replication_role = DEFAULT');
      await runner.release();
    }
  };

  it('records each change in the same transaction, with actor, action, entity, id and request id', async () => {
    const res = await t.http
      .post('/api/v1/victims')
      .set({ ...as['staff.burgas'], 'X-Request-Id': 'audit-test-request-1' })
      .send({ sex: 'male', identity: identity() })
      .expect(201);
    const rows = await t.db.query('SELECT * FROM audit_log WHERE entity_id = $1', [res.body.id]);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'victim.create',
        entity: 'victim',
        actor_role: 'shelter_staff',
        request_id: 'audit-test-request-1',
        actor_id: expect.any(String),
      }),
    ]);
  });

  it('writes nothing for a change that fails', async () => {
    const [{ before }] = await t.db.query('SELECT last_id AS before FROM audit_chain_head');
    await t.http
      .post('/api/v1/victims')
      .set(as['staff.sofia'])
      .send({ sex: 'male', identity: identity({ personalNumber: EGN.adult.number }) })
      .expect(409);
    const [{ after }] = await t.db.query('SELECT last_id AS after FROM audit_chain_head');
    expect(after).toBe(before);
  });

  it('records an identity read', async () => {
    const { id } = await createVictim(t);
    await t.http.get(`/api/v1/victims/${id}`).set(as['staff.sofia']).expect(200);
    const list = await t.http.get(`/api/v1/audit?entity=victim&entityId=${id}`).set(as.monitor).expect(200);
    expect(list.body.items.map((e: { action: string }) => e.action)).toEqual(['victim.identity.read', 'victim.create']);
  });

  it('lists with filters and pages, newest first', async () => {
    const me = (await t.http.get('/api/v1/auth/me').set(as['staff.burgas']).expect(200)).body;
    const mine = await t.http.get(`/api/v1/audit?actorId=${me.id}&pageSize=100`).set(as.auditor).expect(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((e: { actorId: string }) => e.actorId === me.id)).toBe(true);
    const ids = mine.body.items.map((e: { id: number }) => e.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const future = await t.http.get('/api/v1/audit?from=2999-01-01').set(as.auditor).expect(200);
    expect(future.body.total).toBe(0);
    const past = await t.http.get('/api/v1/audit?to=2000-01-01').set(as.auditor).expect(200);
    expect(past.body.total).toBe(0);
  });

  it('stays one unbroken chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 15 }, () => createVictim(t, 'staff.varna')));
    const result = await verify();
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM audit_log');
    expect(result).toEqual({ ok: true, checked: n });
  });

  it('exports the head hash for safekeeping', async () => {
    const head = (await t.http.get('/api/v1/audit/head').set(as.auditor).expect(200)).body;
    const [last] = await t.db.query('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1');
    expect(head).toEqual({ id: Number(last.id), hash: last.hash, at: last.at.toISOString() });
  });

  it.each([
    ['UPDATE', `UPDATE audit_log SET action = 'x' WHERE id = 1`],
    ['DELETE', 'DELETE FROM audit_log WHERE id = 1'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
    ['moving the head', 'UPDATE audit_chain_head SET last_id = 1'],
  ])('refuses %s in the database', async (_op, sql) => {
    await expect(t.db.query(sql)).rejects.toThrow(/append/);
  });

  it('reports the first altered entry when a row is changed behind the triggers', async () => {
    const [row] = await t.db.query(
      `SELECT id, action FROM audit_log WHERE action = 'victim.create' ORDER BY id LIMIT 1 OFFSET 2`,
    );
    await bypassingTriggers(`UPDATE audit_log SET action = 'victim.tampered' WHERE id = $1`, [row.id]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(row.id) });
    await bypassingTriggers('UPDATE audit_log SET action = $2 WHERE id = $1', [row.id, row.action]);
    expect((await verify()).ok).toBe(true);
  });

  it('reports a rewritten hash chain from the first rewritten row', async () => {
    const [row] = await t.db.query(`SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 3`);
    await bypassingTriggers(`UPDATE audit_log SET at = at - interval '1 day' WHERE id = $1`, [row.id]);
    await bypassingTriggers(`UPDATE audit_log SET hash = audit_log_hash(audit_log) WHERE id = $1`, [row.id]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(row.id) + 1 });
    await bypassingTriggers(`UPDATE audit_log SET at = at + interval '1 day' WHERE id = $1`, [row.id]);
    await bypassingTriggers(`UPDATE audit_log SET hash = audit_log_hash(audit_log) WHERE id = $1`, [row.id]);
    expect((await verify()).ok).toBe(true);
  });

  it('reports an entry inserted behind the triggers, which was never sealed into the chain', async () => {
    await bypassingTriggers(
      `INSERT INTO audit_log (key, at, actor_role, action, entity) VALUES ('00000000-0000-4000-8000-0000000000aa', now(), 'system', 'forged', 'victim')`,
    );
    const [{ last }] = await t.db.query('SELECT max(id) AS last FROM audit_log');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(last) + 1 });
    await bypassingTriggers(`DELETE FROM audit_log WHERE key = '00000000-0000-4000-8000-0000000000aa'`);
    expect((await verify()).ok).toBe(true);
  });

  it('reports deleted entries, in the middle and at the end', async () => {
    const [middle] = await t.db.query('SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 5');
    const [{ last }] = await t.db.query('SELECT max(id) AS last FROM audit_log');
    await bypassingTriggers('DELETE FROM audit_log WHERE id = $1', [last]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(last) });
    await bypassingTriggers('DELETE FROM audit_log WHERE id = $1', [middle.id]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(middle.id) + 1 });
  });
});
