import { DEMO_PASSWORD } from '@ibd/api/demo';
import { daysBetween } from '@ibd/api/placements';
import { addDays, todayInSofia } from '@ibd/api/core';
import { admit, call, createCase, minutesAgo, unitIds } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * The term of a stay in Bulgarian calendar days: the admission's Europe/Sofia date plus the minimum
 * stay of the facility's kind (stay_terms), near midnight and across the 2026 daylight-saving
 * changes; extensions; bed moves that keep one continuous stay.
 */
describe('placement terms', () => {
  let t: TestApp;
  let unit: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
    const created = await call(t, 'admin', 'post', '/users', {
      username: 'staff.reint',
      displayName: 'Реинтеграция',
      role: 'shelter_staff',
      unitId: unit['BGS-REINT'],
      password: DEMO_PASSWORD,
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => t.close());

  /** Admits a fresh Sofia case at `admittedAt`, returns the term, and discharges a day later. */
  async function termOf(admittedAt: string, user = 'staff.sofia', facility = 'SOF-SHELTER'): Promise<string> {
    const c = await createCase(t, user);
    const stay = await admit(t, user, { caseId: c.id, facilityId: unit[facility], admittedAt });
    const out = new Date(Date.parse(admittedAt) + 86_400_000).toISOString();
    const res = await call(t, user, 'post', `/placements/${stay.id}/discharge`, {
      dischargedAt: out,
      reason: 'other',
      destination: 'unknown',
    });
    expect(res.status).toBe(200);
    return stay.stayLimitDate;
  }

  it.each([
    ['just before midnight in winter', '2026-01-14T23:59:00+02:00', '2026-02-13'],
    ['just after midnight in winter', '2026-01-15T00:01:00+02:00', '2026-02-14'],
    ['after midnight Sofia, still the day before in UTC', '2026-01-14T22:30:00Z', '2026-02-14'],
    ['the evening before the clocks go forward', '2026-03-28T23:59:00+02:00', '2026-04-27'],
    ['00:30 on the night the clocks go forward', '2026-03-29T00:30:00+02:00', '2026-04-28'],
    ['after the clocks went forward (04:30 EEST)', '2026-03-29T04:30:00+03:00', '2026-04-28'],
    ['just before midnight in summer', '2026-07-31T23:59:00+03:00', '2026-08-30'],
    ['just after midnight in summer, in UTC', '2026-07-31T21:01:00Z', '2026-08-31'],
    ['the evening before the clocks go back', '2026-10-24T23:59:00+03:00', '2026-11-23'],
    ['03:30 EEST, the first of the repeated hour', '2026-10-25T03:30:00+03:00', '2026-11-24'],
    ['03:30 EET, the second of the repeated hour', '2026-10-25T03:30:00+02:00', '2026-11-24'],
    ['23:59 on the day the clocks went back', '2026-10-25T23:59:00+02:00', '2026-11-24'],
  ])('admitted %s (%s): a 30-day term ends %s', async (_name, admittedAt, limit) => {
    expect(await termOf(admittedAt)).toBe(limit);
  });

  it('a reintegration shelter counts its own minimum stay (180 days)', async () => {
    expect(await termOf('2026-06-01T08:00:00+03:00', 'staff.reint', 'BGS-REINT')).toBe('2026-11-28');
  });

  it('the minimum stay is data: a change in stay_terms applies to the next admission', async () => {
    await t.db.query(`UPDATE stay_terms SET min_stay_days = 45 WHERE facility_kind = 'temporary_shelter'`);
    try {
      expect(await termOf('2026-02-01T12:00:00+02:00')).toBe('2026-03-18');
    } finally {
      await t.db.query(`UPDATE stay_terms SET min_stay_days = 30 WHERE facility_kind = 'temporary_shelter'`);
    }
  });

  it('extensions move the end later, one after another, each recorded; days left follow', async () => {
    const c = await createCase(t, 'staff.sofia');
    const admittedAt = minutesAgo(60);
    const stay = await admit(t, 'staff.sofia', { caseId: c.id, facilityId: unit['SOF-SHELTER'], admittedAt });
    const first = addDays(stay.stayLimitDate, 14);
    const second = addDays(first, 1);
    const extend = (until: string, proposer?: string) =>
      call(t, 'staff.sofia', 'post', `/placements/${stay.id}/extend`, {
        until,
        reason: 'Trial pending',
        basis: 'ЗБТХ чл. 9 ал. 3',
        proposer,
      });

    expect((await extend(first, 'prosecution')).status).toBe(200);
    for (const until of [first, stay.stayLimitDate]) {
      const refused = await extend(until);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toEqual([`until must be later than the current end of the stay, ${first}`]);
    }
    const res = await extend(second);
    expect(res.body).toMatchObject({
      initialLimitDate: stay.stayLimitDate,
      stayLimitDate: second,
      daysLeft: daysBetween(todayInSofia(), second),
    });
    expect(
      res.body.extensions.map((e: { previousLimitDate: string; newLimitDate: string; proposer: string }) => [
        e.previousLimitDate,
        e.newLimitDate,
        e.proposer,
      ]),
    ).toEqual([
      [stay.stayLimitDate, first, 'prosecution'],
      [first, second, 'shelter'],
    ]);
    const board = await call(t, 'staff.sofia', 'get', `/facilities/${unit['SOF-SHELTER']}/beds`);
    const bed = board.body.find((b: { id: string }) => b.id === stay.bedId);
    expect(bed.occupiedBy).toMatchObject({ placementId: stay.id, stayLimitDate: second, daysLeft: res.body.daysLeft });

    // "Ending soon" follows the alert threshold an administrator sets, as the alerts do.
    const endingSoon = async (days: number) => {
      expect((await call(t, 'admin', 'patch', '/alert-settings/term_ending_days', { value: days })).status).toBe(200);
      const beds = (await call(t, 'staff.sofia', 'get', `/facilities/${unit['SOF-SHELTER']}/beds`)).body;
      return beds.find((b: { id: string }) => b.id === stay.bedId).occupiedBy.endingSoon;
    };
    const [{ value: threshold }] = await t.db.query(`SELECT value FROM alert_settings WHERE key = 'term_ending_days'`);
    try {
      expect(await endingSoon(res.body.daysLeft)).toBe(true);
      expect(await endingSoon(res.body.daysLeft - 1)).toBe(false);
    } finally {
      await endingSoon(threshold);
    }
  });

  it('a move to another bed keeps one continuous stay: same admission, same term, the old bed free from the move on', async () => {
    const c = await createCase(t, 'staff.burgas');
    const admittedAt = minutesAgo(600);
    const stay = await admit(t, 'staff.burgas', { caseId: c.id, facilityId: unit['BGS-SHELTER'], admittedAt });
    const [{ id: target }] = await t.db.query(
      `SELECT id FROM beds b WHERE unit_id = $1 AND id <> $2 AND NOT EXISTS (SELECT 1 FROM bed_assignments a WHERE a.bed_id = b.id) ORDER BY code DESC LIMIT 1`,
      [unit['BGS-SHELTER'], stay.bedId],
    );
    const movedAt = minutesAgo(300);
    const moved = await call(t, 'staff.burgas', 'post', `/placements/${stay.id}/move`, { bedId: target, at: movedAt });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      admittedAt: new Date(admittedAt).toISOString(),
      stayLimitDate: stay.stayLimitDate,
      bedId: target,
    });
    expect(moved.body.beds).toEqual([
      {
        bedId: stay.bedId,
        bedCode: stay.bedCode,
        from: new Date(admittedAt).toISOString(),
        to: new Date(movedAt).toISOString(),
      },
      expect.objectContaining({ bedId: target, from: new Date(movedAt).toISOString(), to: null }),
    ]);
    const [{ stays }] = await t.db.query(`SELECT count(*)::int AS stays FROM placements WHERE case_id = $1`, [c.id]);
    expect(stays).toBe(1);

    // The old bed: taken until the move, free from it.
    const before = await call(t, 'staff.burgas', 'post', '/placements', {
      caseId: (await createCase(t, 'staff.burgas')).id,
      facilityId: unit['BGS-SHELTER'],
      bedId: stay.bedId,
      admittedAt: minutesAgo(400),
      consent: { given: true },
    });
    expect(before.status).toBe(409);
    const after = await admit(t, 'staff.burgas', {
      caseId: (await createCase(t, 'staff.burgas')).id,
      facilityId: unit['BGS-SHELTER'],
      bedId: stay.bedId,
      admittedAt: movedAt,
    });
    expect(after.bedId).toBe(stay.bedId);

    const timeline = await call(t, 'staff.burgas', 'get', `/cases/${c.id}/timeline`);
    expect(timeline.body.items.find((e: { kind: string }) => e.kind === 'placement.moved').data).toEqual({
      fromBed: stay.bedCode,
      toBed: expect.any(String),
    });

    const out = await call(t, 'staff.burgas', 'post', `/placements/${stay.id}/discharge`, {
      dischargedAt: minutesAgo(100),
      reason: 'transferred',
      destination: 'other_shelter',
    });
    expect(out.body.beds[1].to).toBe(out.body.dischargedAt);
    const early = await call(t, 'staff.burgas', 'post', `/placements/${after.id}/move`, {
      bedId: target,
      at: minutesAgo(200),
    });
    expect(early.status).toBe(409);
    expect(
      (await call(t, 'staff.burgas', 'post', `/placements/${after.id}/move`, { bedId: target, at: minutesAgo(50) }))
        .status,
    ).toBe(200);
  });
});
