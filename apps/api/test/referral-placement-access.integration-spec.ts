import { todayInSofia } from '@ibd/api/core';
import {
  admit,
  call,
  createCase,
  Method,
  minutesAgo,
  newPersonReferral,
  sendReferral,
  unitIds,
} from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * The access matrix of the case records (case-access), extended to every endpoint of referrals,
 * stays and alerts (docs/referrals-placements.md): every role, a shelter user of another facility
 * (staff.burgas, for records of the Sofia shelter) and no token at all. Wrong role -> 403, out of
 * scope -> 404 (never confirming the record exists).
 */
const CALLERS = ['staff.sofia', 'staff.burgas', 'social.worker', 'monitor', 'auditor', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

interface Row {
  endpoint: string;
  method: Method;
  /** The path for this caller: fresh records where the caller is expected to change them. */
  path: (caller: Caller) => Promise<string>;
  body?: () => object;
  /** Statuses in CALLERS order. */
  expected: number[];
}

describe('access to referrals, placements, beds and alerts', () => {
  let t: TestApp;
  let unit: Record<string, string>;
  let shared: { referral: string; placement: string; caseWithOnward: string; victimWithOnward: string };

  const referralToSofia = async () =>
    (await sendReferral(t, 'social.worker', newPersonReferral(unit['SOF-SHELTER']))).id;
  const acceptedReferral = async () => {
    const id = await referralToSofia();
    await call(t, 'staff.sofia', 'post', `/referrals/${id}/accept`, {});
    return id;
  };
  const stay = async () =>
    (
      await admit(t, 'staff.sofia', {
        caseId: (await createCase(t, 'staff.sofia')).id,
        facilityId: unit['SOF-SHELTER'],
        admittedAt: minutesAgo(120),
      })
    ).id;
  const freeBed = async () =>
    (
      await t.db.query(
        `SELECT b.id FROM beds b WHERE b.unit_id = $1 AND NOT EXISTS (SELECT 1 FROM bed_assignments a WHERE a.bed_id = b.id AND a.to_at IS NULL) ORDER BY b.code DESC LIMIT 1`,
        [unit['SOF-SHELTER']],
      )
    )[0].id;
  const stayFor = async (caller: Caller) => (caller === 'staff.sofia' ? stay() : shared.placement);

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
    const withOnward = await createCase(t, 'staff.sofia');
    await sendReferral(t, 'staff.sofia', {
      toUnitId: unit['DSP-SOF'],
      caseId: withOnward.id,
      reason: 'Social services',
      urgency: 'low',
      consent: { given: true, date: todayInSofia() },
    });
    shared = {
      referral: await referralToSofia(),
      placement: await stay(),
      caseWithOnward: withOnward.id,
      victimWithOnward: withOnward.victimId,
    };
  });
  afterAll(() => t.close());

  const ROWS: Row[] = [
    {
      endpoint: 'POST /referrals',
      method: 'post',
      path: async () => '/referrals',
      body: () => newPersonReferral(unit['VAR-SHELTER']),
      expected: [201, 201, 201, 403, 403, 403],
    },
    {
      endpoint: 'GET /referrals',
      method: 'get',
      path: async () => '/referrals?box=inbox',
      expected: [200, 200, 200, 200, 403, 403],
    },
    {
      endpoint: 'GET /referrals/:id',
      method: 'get',
      path: async () => `/referrals/${shared.referral}`,
      expected: [200, 404, 200, 200, 403, 403],
    },
    {
      endpoint: 'POST /referrals/:id/accept',
      method: 'post',
      path: async () => `/referrals/${await referralToSofia()}/accept`,
      body: () => ({}),
      expected: [200, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'POST /referrals/:id/decline',
      method: 'post',
      path: async () => `/referrals/${await referralToSofia()}/decline`,
      body: () => ({ reason: 'Full' }),
      expected: [200, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'POST /referrals/:id/withdraw',
      method: 'post',
      path: async () => `/referrals/${await referralToSofia()}/withdraw`,
      expected: [403, 404, 200, 403, 403, 403],
    },
    {
      endpoint: 'POST /referrals/:id/complete',
      method: 'post',
      path: async () => `/referrals/${await acceptedReferral()}/complete`,
      expected: [200, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'POST /placements',
      method: 'post',
      path: async () => '/placements',
      body: () => ({ facilityId: unit['SOF-SHELTER'], admittedAt: minutesAgo(30), consent: { given: true } }),
      expected: [201, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'GET /placements',
      method: 'get',
      path: async () => '/placements?active=true',
      expected: [200, 200, 403, 200, 403, 403],
    },
    {
      endpoint: 'GET /placements/:id',
      method: 'get',
      path: async () => `/placements/${shared.placement}`,
      expected: [200, 404, 403, 200, 403, 403],
    },
    {
      endpoint: 'POST /placements/:id/extend',
      method: 'post',
      path: async (caller) => `/placements/${await stayFor(caller)}/extend`,
      body: () => ({ until: '2030-01-01', reason: 'Court hearing', basis: 'ЗБТХ чл. 9 ал. 3' }),
      expected: [200, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'POST /placements/:id/move',
      method: 'post',
      path: async (caller) => `/placements/${await stayFor(caller)}/move`,
      body: () => ({ bedId: movingTo, at: minutesAgo(10) }),
      expected: [200, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'POST /placements/:id/discharge',
      method: 'post',
      path: async (caller) => `/placements/${await stayFor(caller)}/discharge`,
      body: () => ({ dischargedAt: minutesAgo(5), reason: 'goals_met', destination: 'home' }),
      expected: [200, 404, 403, 403, 403, 403],
    },
    {
      endpoint: 'GET /facilities/:id/beds',
      method: 'get',
      path: async () => `/facilities/${unit['SOF-SHELTER']}/beds`,
      expected: [200, 404, 403, 200, 403, 200],
    },
    {
      endpoint: 'GET /facilities',
      method: 'get',
      path: async () => '/facilities',
      expected: [200, 200, 200, 200, 200, 200],
    },
    { endpoint: 'GET /alerts', method: 'get', path: async () => '/alerts', expected: [200, 200, 200, 200, 403, 403] },
    {
      endpoint: 'GET /cases/:id (open referral to DSP-SOF)',
      method: 'get',
      path: async () => `/cases/${shared.caseWithOnward}`,
      expected: [200, 404, 200, 200, 403, 403],
    },
    {
      endpoint: 'GET /victims/:id (open referral to DSP-SOF)',
      method: 'get',
      path: async () => `/victims/${shared.victimWithOnward}`,
      expected: [200, 404, 200, 200, 403, 403],
    },
  ];
  let movingTo = '';

  const TABLE = ROWS.flatMap((row) =>
    CALLERS.map((caller, i) => [row.endpoint, caller, row.expected[i], row] as const),
  );

  it.each(TABLE)('%s as %s -> %i', async (_endpoint, caller, status, row) => {
    let body = row.body?.();
    if (row.endpoint === 'POST /placements') body = { ...body, caseId: (await createCase(t, 'staff.sofia')).id };
    const path = await row.path(caller);
    if (row.endpoint === 'POST /placements/:id/move') {
      movingTo = await freeBed();
      body = row.body?.();
    }
    const res = await call(t, caller, row.method, path, body);
    expect({ caller, status: res.status }).toEqual({ caller, status });
  });

  it.each(ROWS.map((row) => [row.endpoint, row] as const))('%s without a token -> 401', async (_endpoint, row) => {
    expect((await call(t, null, row.method, await row.path('staff.burgas'), row.body?.())).status).toBe(401);
  });

  it('identity: the Sofia staff and the social worker of the open referral see it, the monitor does not', async () => {
    const seen = (user: string) => call(t, user, 'get', `/victims/${shared.victimWithOnward}`);
    expect((await seen('staff.sofia')).body).toHaveProperty('identity.firstName');
    expect((await seen('social.worker')).body).toHaveProperty('identity.firstName');
    // The monitor reads the person, only without the identity: a refusal would also have no identity.
    const monitor = await seen('monitor');
    expect(monitor.status).toBe(200);
    expect(monitor.body).toMatchObject({ id: shared.victimWithOnward });
    expect(monitor.body).not.toHaveProperty('identity');
  });

  it('the bed board shows occupants to staff and monitors, only occupancy to admins', async () => {
    const board = async (user: string) =>
      (await call(t, user, 'get', `/facilities/${unit['SOF-SHELTER']}/beds`)).body as Array<Record<string, unknown>>;
    const staff = await board('staff.sofia');
    expect(staff.some((bed) => bed['occupiedBy'] !== null)).toBe(true);
    expect((await board('monitor')).filter((bed) => bed['occupied'])).toEqual(staff.filter((bed) => bed['occupied']));
    const admin = await board('admin');
    expect(admin.every((bed) => !('occupiedBy' in bed))).toBe(true);
    expect(admin.filter((bed) => bed['occupied']).length).toBe(staff.filter((bed) => bed['occupied']).length);
  });

  it('lists are scoped: the Burgas shelter sees none of the Sofia referrals or stays, the monitor sees all', async () => {
    const total = async (user: string, path: string) => (await call(t, user, 'get', path)).body.total as number;
    expect(await total('staff.burgas', '/placements')).toBe(0);
    const [{ everywhere, sofia }] = await t.db.query(
      `SELECT count(*)::int AS everywhere, count(*) FILTER (WHERE facility_id = $1)::int AS sofia FROM placements`,
      [unit['SOF-SHELTER']],
    );
    expect(sofia).toBeGreaterThan(0);
    expect(await total('staff.sofia', '/placements')).toBe(sofia);
    expect(await total('monitor', '/placements')).toBe(everywhere);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM referrals');
    expect(await total('monitor', '/referrals')).toBe(n);
    const burgas = (await call(t, 'staff.burgas', 'get', '/referrals?pageSize=100')).body.items as Array<{
      fromUnitCode: string;
      toUnitCode: string;
    }>;
    expect(burgas.every((r) => r.fromUnitCode === 'BGS-SHELTER' || r.toUnitCode === 'BGS-SHELTER')).toBe(true);
  });
});
