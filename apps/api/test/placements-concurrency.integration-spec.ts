import { call, createCase, minutesAgo, unitIds } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * However many admissions arrive together, a bed holds one stay at a time and a facility never
 * exceeds its beds. The exclusion constraint on bed_assignments is the guarantee; the checks below
 * read the database directly.
 */
describe('placements under concurrent admissions', () => {
  let t: TestApp;
  let unit: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
  });
  afterAll(() => t.close());

  const overlaps = async () =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM bed_assignments a JOIN bed_assignments b
            ON a.bed_id = b.bed_id AND a.id < b.id AND tstzrange(a.from_at, a.to_at) && tstzrange(b.from_at, b.to_at)`,
      )
    )[0].n;

  it('N free beds, N+10 admissions at once: exactly N succeed, the rest get 409; SQL finds no overlap and no over-capacity', async () => {
    const facilityId = unit['SOF-SHELTER'];
    const [{ beds }] = await t.db.query(`SELECT count(*)::int AS beds FROM beds WHERE unit_id = $1 AND active`, [
      facilityId,
    ]);
    const attempts = beds + 10;
    const cases = [];
    for (let i = 0; i < attempts; i++) cases.push(await createCase(t, 'staff.sofia'));
    const admittedAt = minutesAgo(10);

    const results = await Promise.all(
      cases.map((c) =>
        call(t, 'staff.sofia', 'post', '/placements', {
          caseId: c.id,
          facilityId,
          admittedAt,
          consent: { given: true },
        }),
      ),
    );

    const created = results.filter((res) => res.status === 201);
    const refused = results.filter((res) => res.status === 409);
    expect(created).toHaveLength(beds);
    expect(refused).toHaveLength(10);
    expect(refused.every((res) => res.body.message === 'The facility is full: no free bed for that time')).toBe(true);
    expect(new Set(created.map((res) => res.body.bedId)).size).toBe(beds);

    expect(await overlaps()).toBe(0);
    const [now] = await t.db.query(
      `SELECT count(*)::int AS held, count(DISTINCT bed_id)::int AS beds FROM bed_assignments
        WHERE facility_id = $1 AND tstzrange(from_at, to_at) @> now()`,
      [facilityId],
    );
    expect(now).toEqual({ held: beds, beds });
    const [{ stays }] = await t.db.query(`SELECT count(*)::int AS stays FROM placements WHERE facility_id = $1`, [
      facilityId,
    ]);
    expect(stays).toBe(beds);
    const facilities = await call(t, 'monitor', 'get', '/facilities');
    expect(facilities.body.find((f: { id: string }) => f.id === facilityId)).toMatchObject({
      capacity: beds,
      occupied: beds,
    });
  });

  it('two admissions to one bed at once: one wins, the other gets 409', async () => {
    const facilityId = unit['BGS-SHELTER'];
    const [{ id: bedId }] = await t.db.query(`SELECT id FROM beds WHERE unit_id = $1 ORDER BY code LIMIT 1`, [
      facilityId,
    ]);
    const [a, b] = [await createCase(t, 'staff.burgas'), await createCase(t, 'staff.burgas')];
    const admittedAt = minutesAgo(5);

    const results = await Promise.all(
      [a, b].map((c) =>
        call(t, 'staff.burgas', 'post', '/placements', {
          caseId: c.id,
          facilityId,
          bedId,
          admittedAt,
          consent: { given: true },
        }),
      ),
    );

    expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
    expect(results.find((res) => res.status === 409)?.body.message).toBe('The bed is taken for that period');
    expect(await overlaps()).toBe(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_assignments WHERE bed_id = $1`, [bedId]);
    expect(n).toBe(1);
  });

  it('forty pairs on one bed, each pair at once: always one 201 and one 409, never a 500', async () => {
    // PostgreSQL checks an exclusion constraint after inserting, so two conflicting inserts now and
    // then wait for each other; the deadlock victim must still read "bed taken", not a server error.
    const facilityId = unit['VAR-SHELTER'];
    const [{ id: bedId }] = await t.db.query(`SELECT id FROM beds WHERE unit_id = $1 ORDER BY code LIMIT 1`, [
      facilityId,
    ]);
    const start = Date.now() - 2 * 86_400_000;
    for (let pair = 0; pair < 40; pair++) {
      const cases = [await createCase(t, 'staff.varna'), await createCase(t, 'staff.varna')];
      const admittedAt = new Date(start + pair * 60_000).toISOString();
      const results = await Promise.all(
        cases.map((c) =>
          call(t, 'staff.varna', 'post', '/placements', {
            caseId: c.id,
            facilityId,
            bedId,
            admittedAt,
            consent: { given: true },
          }),
        ),
      );
      expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
      const won = results.find((res) => res.status === 201)?.body.id;
      const out = await call(t, 'staff.varna', 'post', `/placements/${won}/discharge`, {
        dischargedAt: new Date(start + pair * 60_000 + 30_000).toISOString(),
        reason: 'other',
        destination: 'unknown',
      });
      expect(out.status).toBe(200);
    }
    expect(await overlaps()).toBe(0);
  });

  it('the same case admitted twice at once: one stay only', async () => {
    const facilityId = unit['BGS-SHELTER'];
    const c = await createCase(t, 'staff.burgas');
    const results = await Promise.all(
      [1, 2].map(() =>
        call(t, 'staff.burgas', 'post', '/placements', {
          caseId: c.id,
          facilityId,
          admittedAt: minutesAgo(3),
          consent: { given: true },
        }),
      ),
    );
    expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM placements WHERE case_id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('the database itself refuses an overlapping bed assignment and a bed of another facility', async () => {
    const [stay] = await t.db.query(
      `SELECT p.id, p.facility_id, a.bed_id, p.created_by FROM placements p JOIN bed_assignments a ON a.placement_id = p.id
        WHERE p.facility_id = $1 LIMIT 1`,
      [unit['SOF-SHELTER']],
    );
    const [other] = await t.db.query(`SELECT p.id FROM placements p WHERE p.facility_id = $1 AND p.id <> $2 LIMIT 1`, [
      unit['SOF-SHELTER'],
      stay.id,
    ]);
    await expect(
      t.db.query(
        `INSERT INTO bed_assignments (placement_id, facility_id, bed_id, from_at, created_by) VALUES ($1, $2, $3, now(), $4)`,
        [other.id, stay.facility_id, stay.bed_id, stay.created_by],
      ),
    ).rejects.toMatchObject({ code: '23P01' });
    const [{ id: varnaBed }] = await t.db.query(`SELECT id FROM beds WHERE unit_id = $1 LIMIT 1`, [
      unit['VAR-SHELTER'],
    ]);
    await expect(
      t.db.query(
        `INSERT INTO bed_assignments (placement_id, facility_id, bed_id, from_at, to_at, created_by) VALUES ($1, $2, $3, '2001-01-01', '2001-01-02', $4)`,
        [other.id, stay.facility_id, varnaBed, stay.created_by],
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });
});
