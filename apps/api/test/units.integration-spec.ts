import { createTestApp, TestApp } from './test-app';

const FACILITY_CODES = [
  'BGS-CENTRE',
  'BGS-REINT',
  'BGS-SHELTER',
  'SOF-CENTRE',
  'SOF-SHELTER',
  'VAR-CENTRE',
  'VAR-SHELTER',
];

describe('units, facilities and beds', () => {
  let t: TestApp;
  let facilityId: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const rows: Array<{ id: string; code: string }> = await t.db.query('SELECT id, code FROM units');
    facilityId = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  });
  afterAll(() => t.close());

  const get = async (path: string, username?: string) => {
    const req = t.http.get(path);
    return username ? req.auth(await t.token(username), { type: 'bearer' }) : req;
  };

  it.each(['staff.sofia', 'social.worker', 'monitor', 'auditor', 'admin'])(
    'lists the seven facilities for %s',
    async (user) => {
      const res = await get('/api/v1/facilities', user);
      expect(res.status).toBe(200);
      expect(res.body.map((f: { code: string }) => f.code)).toEqual(FACILITY_CODES);
      const sofia = res.body.find((f: { code: string }) => f.code === 'SOF-SHELTER');
      expect(sofia).toMatchObject({ kind: 'temporary_shelter', city: 'София', capacity: 10 });
      expect(res.body.find((f: { code: string }) => f.code === 'SOF-CENTRE').capacity).toBe(0);
    },
  );

  it('lists facilities and agency units under /units', async () => {
    const res = await get('/api/v1/units', 'social.worker');
    expect(res.status).toBe(200);
    expect(res.body.map((u: { code: string }) => u.code)).toEqual(
      expect.arrayContaining([...FACILITY_CODES, 'DSP-SOF', 'ANKBTH']),
    );
    expect((await get('/api/v1/units')).status).toBe(401);
  });

  it.each([
    ['staff.sofia', 'SOF-SHELTER'],
    ['monitor', 'VAR-SHELTER'],
    ['admin', 'BGS-REINT'],
  ])('bed board: %s on %s -> 200', async (user, code) => {
    const res = await get(`/api/v1/facilities/${facilityId[code]}/beds`, user);
    expect(res.status).toBe(200);
    expect(res.body[0]).toEqual(expect.objectContaining({ code: `${code}-01`, active: true }));
  });

  it.each([
    ['staff.varna', 'SOF-SHELTER', 404],
    ['social.worker', 'SOF-SHELTER', 403],
    ['auditor', 'SOF-SHELTER', 403],
  ])('bed board: %s on %s -> %i', async (user, code, status) => {
    expect((await get(`/api/v1/facilities/${facilityId[code]}/beds`, user)).status).toBe(status);
  });

  it('bed board: a malformed id is 400, an unknown or non-facility id 404', async () => {
    const malformed = await get('/api/v1/facilities/abc/beds', 'monitor');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toEqual(['id must be a UUID']);
    expect((await get('/api/v1/facilities/00000000-0000-4000-8000-000000000000/beds', 'monitor')).status).toBe(404);
    expect((await get(`/api/v1/facilities/${facilityId['DSP-SOF']}/beds`, 'monitor')).status).toBe(404);
  });
});
