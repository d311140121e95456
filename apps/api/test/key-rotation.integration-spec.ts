import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCase, createVictim, DemoUsername, identity, signInAll } from './case-fixtures';
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

  const rotateTo = (keyId: string) =>
    run(process.execPath, ['-r', './tools/register.cjs', 'tools/rotate-keys.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: String(t.db.options['url' as keyof typeof t.db.options]),
        IDENTITY_ACTIVE_KEY: keyId,
      },
    });

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
});
