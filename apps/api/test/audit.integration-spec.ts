import { appendAudit, SYSTEM_ACTOR } from '@ibd/api/audit';
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
    for (let i = 0; i < 6; i++) await createVictim(t, 'staff.varna');
  });
  afterAll(() => t.close());

  const verify = async (query = '') =>
    (await t.http.get(`/api/v1/audit/verify${query}`).set(as.auditor).expect(200)).body;
  const head = async () => (await t.http.get('/api/v1/audit/head').set(as.auditor).expect(200)).body;
  const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n as number;
  /** The sealed entry at a position, with its seal. */
  const sealed = async (offset: number) =>
    (
      await t.db.query(
        `SELECT s.*, a.action FROM audit_seal s JOIN audit_log a ON a.seq = s.seq ORDER BY s.id OFFSET $1 LIMIT 1`,
        [offset],
      )
    )[0] as { id: string; seq: string; hash: string; prev_hash: string; action: string };
  /** As the table owner, with triggers off: what an attacker with database access could do. */
  const bypassingTriggers = async (...statements: Array<[string, unknown[]?]>) => {
    const runner = t.db.createQueryRunner();
    try {
      await runner.query('SET session_replication_role = replica');
      for (const [sql, params] of statements) await runner.query(sql, params ?? []);
    } finally {
      await runner.query('SET session_replication_role = DEFAULT');
      await runner.release();
    }
  };
  /** Keeps the log as it is, to put it back after a test has tampered with it. */
  const snapshot = async () => {
    await verify();
    await bypassingTriggers(
      ['DROP TABLE IF EXISTS saved_log, saved_seal, saved_head'],
      ['CREATE TABLE saved_log AS SELECT * FROM audit_log'],
      ['CREATE TABLE saved_seal AS SELECT * FROM audit_seal'],
      ['CREATE TABLE saved_head AS SELECT * FROM audit_chain_head'],
    );
  };
  const restore = async () => {
    await bypassingTriggers(
      ['TRUNCATE audit_log, audit_seal'],
      ['INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM saved_log'],
      ['INSERT INTO audit_seal SELECT * FROM saved_seal'],
      ['DELETE FROM audit_chain_head'],
      ['INSERT INTO audit_chain_head SELECT * FROM saved_head'],
    );
    expect((await verify()).ok).toBe(true);
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
    const before = await count();
    await t.http
      .post('/api/v1/victims')
      .set(as['staff.sofia'])
      .send({ sex: 'male', identity: identity({ personalNumber: EGN.adult.number }) })
      .expect(409);
    expect(await count()).toBe(before);
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

  it('seals every entry of concurrent writers into one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 15 }, () => createVictim(t, 'staff.varna')));
    expect(await verify()).toEqual({ ok: true, checked: await count() });
  });

  it('seals an entry whose transaction commits after later ones were sealed', async () => {
    const late = t.db.createQueryRunner();
    await late.startTransaction();
    try {
      await appendAudit(late.manager, SYSTEM_ACTOR, { action: 'test.late', entity: 'test' });
      await createVictim(t, 'staff.varna');
      // Sealed past the entry still in flight, which no other connection can count yet.
      expect(await verify()).toEqual({ ok: true, checked: await count() });
      await late.commitTransaction();
    } finally {
      await late.release();
    }
    expect(await verify()).toEqual({ ok: true, checked: await count() });
    const [{ id }] = (await t.http.get('/api/v1/audit?entity=test').set(as.auditor).expect(200)).body.items;
    expect(id).toBe((await head()).id);
  });

  it('seals all or nothing: a sealing run that fails leaves its entries to the next one', async () => {
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      // Holding the head keeps the background sealer off this entry.
      await runner.query('SELECT FROM audit_chain_head FOR UPDATE');
      await createVictim(t, 'staff.varna');
      const [{ n }] = await runner.query('SELECT audit_seal(true) AS n');
      expect(n).toBe(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await verify()).toEqual({ ok: true, checked: await count() });
  });

  it('exports the head hash for safekeeping', async () => {
    const exported = await head();
    const [last] = await t.db.query(
      'SELECT s.id, s.hash, a.at FROM audit_seal s JOIN audit_log a ON a.seq = s.seq ORDER BY s.id DESC LIMIT 1',
    );
    expect(exported).toEqual({ id: Number(last.id), hash: last.hash, at: last.at.toISOString() });
    expect(await verify(`?headId=${exported.id}&headHash=${exported.hash}`)).toEqual({
      ok: true,
      checked: exported.id,
    });
  });

  it.each([
    ['?headId=1', 'headHash must be the 64 hexadecimal digits of an exported head hash'],
    [`?headHash=${'a'.repeat(64)}`, 'headId must be the id of an exported head'],
    ['?headId=0&headHash=' + 'a'.repeat(64), 'headId must be the id of an exported head'],
    ['?headId=1&headHash=xyz', 'headHash must be the 64 hexadecimal digits of an exported head hash'],
  ])('answers 400 naming the field and the rule for an incomplete exported head (%s)', async (query, rule) => {
    const res = await t.http.get(`/api/v1/audit/verify${query}`).set(as.auditor).expect(400);
    expect(res.body.message).toContain(rule);
  });

  it.each([
    ['UPDATE of an entry', `UPDATE audit_log SET action = 'x' WHERE seq = 1`],
    ['DELETE of an entry', 'DELETE FROM audit_log WHERE seq = 1'],
    ['TRUNCATE of the entries', 'TRUNCATE audit_log'],
    ['a seal written by hand', `INSERT INTO audit_seal VALUES (1000000, 1000000, repeat('0', 64), repeat('0', 64))`],
    ['UPDATE of a seal', `UPDATE audit_seal SET hash = prev_hash WHERE id = 1`],
    ['DELETE of a seal', 'DELETE FROM audit_seal WHERE id = 1'],
    ['TRUNCATE of the seals', 'TRUNCATE audit_seal'],
    ['moving the head', 'UPDATE audit_chain_head SET last_id = 1'],
  ])('refuses %s in the database', async (_op, sql) => {
    await expect(t.db.query(sql)).rejects.toThrow(/append-only/);
  });

  describe('behind the triggers, reports', () => {
    beforeAll(snapshot);
    afterEach(restore);

    it('an altered entry at its position', async () => {
      const entry = await sealed(2);
      await bypassingTriggers([`UPDATE audit_log SET action = 'victim.tampered' WHERE seq = $1`, [entry.seq]]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(entry.id) });
    });

    it('an entry resealed with a new hash at the next position', async () => {
      const entry = await sealed(3);
      await bypassingTriggers(
        [`UPDATE audit_log SET at = at - interval '1 day' WHERE seq = $1`, [entry.seq]],
        [
          `UPDATE audit_seal s SET hash = audit_entry_hash(s.prev_hash, s.id, a) FROM audit_log a WHERE a.seq = s.seq AND s.id = $1`,
          [entry.id],
        ],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(entry.id) + 1 });
    });

    it('a deleted entry at its position', async () => {
      const entry = await sealed(4);
      await bypassingTriggers(['DELETE FROM audit_log WHERE seq = $1', [entry.seq]]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(entry.id) });
    });

    it('an entry deleted with its seal, in the middle, after the gap', async () => {
      const entry = await sealed(5);
      await bypassingTriggers(
        ['DELETE FROM audit_log WHERE seq = $1', [entry.seq]],
        ['DELETE FROM audit_seal WHERE id = $1', [entry.id]],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(entry.id) + 1 });
    });

    it('entries deleted with their seals at the end, at the first one missing', async () => {
      const { id } = await head();
      await bypassingTriggers(
        ['DELETE FROM audit_log WHERE seq IN (SELECT seq FROM audit_seal WHERE id >= $1)', [id - 1]],
        ['DELETE FROM audit_seal WHERE id >= $1', [id - 1]],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: id - 1 });
    });

    it('an entry inserted as if it had been sealed long ago, after the last good entry', async () => {
      const { id } = await head();
      await bypassingTriggers([
        `INSERT INTO audit_log (xid, at, actor_role, action, entity) VALUES (1, now(), 'system', 'forged', 'victim')`,
      ]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: id + 1 });
    });

    it('an entry spliced into the chain with a correct seal, at the seal after it', async () => {
      const before = await sealed(3);
      const k = Number(before.id);
      await bypassingTriggers(
        [
          `INSERT INTO audit_log (seq, xid, at, actor_role, action, entity) OVERRIDING SYSTEM VALUE VALUES (1000000, 1, now(), 'system', 'forged', 'victim')`,
        ],
        // Later seals move up by one (through negative ids, so that no two share an id meanwhile).
        ['UPDATE audit_seal SET id = -id WHERE id > $1', [k]],
        ['UPDATE audit_seal SET id = 1 - id WHERE id < 0'],
        [
          `INSERT INTO audit_seal (id, seq, prev_hash, hash) SELECT $1 + 1, a.seq, $2, audit_entry_hash($2, $1 + 1, a) FROM audit_log a WHERE a.seq = 1000000`,
          [k, before.hash],
        ],
        ['UPDATE audit_chain_head SET last_id = last_id + 1'],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: k + 2 });
    });

    it('two entries swapped in order, at the first of them', async () => {
      const [first, second] = [await sealed(2), await sealed(3)];
      await bypassingTriggers(
        ['UPDATE audit_seal SET seq = -seq WHERE id IN ($1, $2)', [first.id, second.id]],
        ['UPDATE audit_seal SET seq = $2 WHERE id = $1', [first.id, second.seq]],
        ['UPDATE audit_seal SET seq = $2 WHERE id = $1', [second.id, first.seq]],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: Number(first.id) });
    });

    it('a log truncated, or truncated and replayed with recomputed hashes, against the exported head', async () => {
      const exported = await head();
      const against = `?headId=${exported.id}&headHash=${exported.hash}`;
      const second = await sealed(1);
      await bypassingTriggers(
        ['TRUNCATE audit_log, audit_seal'],
        [`UPDATE audit_chain_head SET last_id = 0, last_hash = repeat('0', 64), horizon = 0`],
      );
      expect(await verify()).toEqual({ ok: true, checked: 0 });
      expect(await verify(against)).toEqual({ ok: false, checked: 0, firstBrokenId: exported.id });
      // The replay: the same entries, the second one altered, appended and sealed as new.
      await bypassingTriggers([
        `INSERT INTO audit_log (xid, at, actor_id, actor_role, action, entity, entity_id, request_id)
         SELECT pg_current_xact_id()::text::bigint, at, actor_id, actor_role,
                CASE WHEN seq = $1 THEN 'victim.replayed' ELSE action END, entity, entity_id, request_id
           FROM saved_log ORDER BY seq`,
        [second.seq],
      ]);
      expect(await verify()).toEqual({ ok: true, checked: exported.id });
      expect(await verify(against)).toEqual({ ok: false, checked: exported.id, firstBrokenId: exported.id });
    });
  });
});
