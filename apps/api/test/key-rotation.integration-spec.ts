import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BlindIndex } from '@ibd/api/identity';
import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');

describe('key rotation (npm run keys:rotate)', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
  });
  afterAll(() => t.close());

  const rotate = (env: Record<string, string>) =>
    run(process.execPath, ['-r', './tools/register.cjs', 'tools/rotate-keys.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: String(t.db.options['url' as keyof typeof t.db.options]), ...env },
    });
  const rotateTo = (keyId: string) => rotate({ IDENTITY_ACTIVE_KEY: keyId });

  const keyIdsInUse = async (): Promise<string[]> => {
    const columns: Array<{ table: string; column: string }> = await t.db.query(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_enc'`,
    );
    const used = new Set<string>();
    for (const { table, column } of columns) {
      const rows = await t.db.query(
        `SELECT DISTINCT split_part("${column}", ':', 1) AS key FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      rows.forEach((row: { key: string }) => used.add(row.key));
    }
    return [...used].sort();
  };

  it('re-encrypts every value under the new key, leaves all readable, and audits it', async () => {
    const people = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        createVictim(t, 'staff.sofia', {
          identity: identity({ firstName: `Ротация${i}`, emails: [`r${i}@example.org`] }),
        }),
      ),
    );
    const before = await Promise.all(
      people.map(
        async (p) => (await t.http.get(`/api/v1/victims/${p.id}`).set(as['staff.sofia']).expect(200)).body.identity,
      ),
    );
    const { id: caseId } = await createCase(t, 'staff.sofia', { victimId: people[0].id });
    await t.http
      .post(`/api/v1/cases/${caseId}/plan/items`)
      .set(as['staff.sofia'])
      .send({ kind: 'goal', text: 'Цел', responsible: 'Отговорник' })
      .expect(201);
    await t.http
      .post(`/api/v1/cases/${caseId}/plan/reviews`)
      .set(as['staff.sofia'])
      .send({ reviewedOn: '2026-01-15', summary: 'Преглед' })
      .expect(201);
    await t.http
      .post(`/api/v1/cases/${caseId}/services`)
      .set(as['staff.sofia'])
      .send({ type: 'medical', providedAt: '2026-01-15T10:00:00Z', durationMinutes: 30, notes: 'Бележка' })
      .expect(201);
    expect(await keyIdsInUse()).toEqual(['t1']);

    const { stdout } = await rotateTo('t2');
    expect(stdout).toMatch(/victims\.identity_enc: \d+ value\(s\) re-encrypted under t2/);
    expect(stdout).not.toMatch(/Ротация|Цел|Бележка/);
    expect(await keyIdsInUse()).toEqual(['t2']);

    const after = await Promise.all(
      people.map(
        async (p) => (await t.http.get(`/api/v1/victims/${p.id}`).set(as['staff.sofia']).expect(200)).body.identity,
      ),
    );
    expect(after).toEqual(before);
    const plan = await t.http.get(`/api/v1/cases/${caseId}/plan`).set(as['staff.sofia']).expect(200);
    expect(plan.body).toMatchObject({
      items: [{ text: 'Цел', responsible: 'Отговорник' }],
      reviews: [{ summary: 'Преглед' }],
    });
    const services = await t.http.get(`/api/v1/cases/${caseId}/services`).set(as['staff.sofia']).expect(200);
    expect(services.body.items[0].notes).toBe('Бележка');

    const audited = await t.db.query(
      `SELECT DISTINCT entity FROM audit_log WHERE action = 'keys.rotate' AND actor_role = 'system' AND entity_id = 't2'`,
    );
    expect(audited.map((row: { entity: string }) => row.entity).sort()).toEqual([
      'plan_items',
      'plan_reviews',
      'service_records',
      'victims',
    ]);
    expect((await t.http.get('/api/v1/audit/verify').set(as.auditor).expect(200)).body.ok).toBe(true);

    const again = await rotateTo('t2');
    expect(again.stdout).not.toMatch(/[1-9]\d* value/);
  });

  describe('of the blind-index key', () => {
    const OLD_KEY = String(process.env['BLIND_INDEX_KEY']);
    const NEW_KEY = Buffer.alloc(32, 7).toString('base64');
    const search = (app: TestApp, term: string) =>
      app.http
        .get(`/api/v1/cases?q=${encodeURIComponent(term)}`)
        .set(as['staff.sofia'])
        .expect(200);
    const duplicateOf = (app: TestApp) =>
      app.http
        .post('/api/v1/victims')
        .set(as['staff.sofia'])
        .send({
          sex: 'female',
          identity: identity({ personalNumber: EGN.other.number, dateOfBirth: EGN.other.dateOfBirth }),
        });
    const storedWith = async (key: string): Promise<number> => {
      const pn = new BlindIndex(Buffer.from(key, 'base64')).personalNumber(EGN.other.number);
      return (await t.db.query(`SELECT count(*)::int AS n FROM victims WHERE pn_index = $1`, [pn]))[0].n;
    };

    it('finds everyone under both keys while it runs, and only under the new key after it', async () => {
      const person = await createVictim(t, 'staff.sofia', {
        identity: identity({ firstName: 'Слепа', lastName: 'Индексова', personalNumber: EGN.other.number }),
      });
      const { id: caseId } = await createCase(t, 'staff.sofia', { victimId: person.id });
      const during = await createTestApp({ BLIND_INDEX_KEY: NEW_KEY, BLIND_INDEX_PREVIOUS_KEY: OLD_KEY }, t);
      try {
        expect((await search(during, EGN.other.number)).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
        const refused = await duplicateOf(during).expect(409);
        expect(refused.body).toMatchObject({ code: 'DUPLICATE_PERSONAL_NUMBER', existingCode: person.code });
      } finally {
        await during.close();
      }

      const { stdout } = await rotate({ BLIND_INDEX_KEY: NEW_KEY, BLIND_INDEX_PREVIOUS_KEY: OLD_KEY });
      expect(stdout).toMatch(/blind indexes of [1-9]\d* person\(s\) recomputed/);
      expect(await storedWith(OLD_KEY)).toBe(0);
      expect(await storedWith(NEW_KEY)).toBe(1);

      const after = await createTestApp({ BLIND_INDEX_KEY: NEW_KEY }, t);
      try {
        expect((await search(after, EGN.other.number)).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
        expect((await search(after, 'Slepa Indeksova')).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
        expect((await duplicateOf(after).expect(409)).body).toMatchObject({
          code: 'DUPLICATE_PERSONAL_NUMBER',
          existingCode: person.code,
        });
      } finally {
        await after.close();
      }
      const rotations = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'keys.rotate_blind_index'`,
      );
      expect(rotations[0].n).toBeGreaterThan(0);

      const again = await rotate({ BLIND_INDEX_KEY: NEW_KEY });
      expect(again.stdout).toMatch(/blind indexes of 0 person\(s\) recomputed/);
    });

    it('refuses a previous key equal to the active one', async () => {
      await expect(rotate({ BLIND_INDEX_PREVIOUS_KEY: OLD_KEY })).rejects.toMatchObject({
        stderr: expect.stringContaining('BLIND_INDEX_PREVIOUS_KEY must differ from BLIND_INDEX_KEY'),
      });
    });
  });
});
