import { admit, call, createCase, unitIds } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

const NON_ADMINS = ['staff.sofia', 'social.worker', 'monitor', 'auditor'];
/** Who may not read the settings, and the status they get. */
const NON_READERS: Array<[string | null, number]> = [
  ['staff.sofia', 403],
  ['social.worker', 403],
  ['auditor', 403],
  [null, 401],
];

/** Admin settings: the beds of the shelters and the configurable legal terms, each change audited. */
describe('admin settings', () => {
  let t: TestApp;
  let unit: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
  });
  afterAll(() => t.close());

  const auditRows = (action: string, entityId: string): Promise<Array<{ actor_role: string }>> =>
    t.db.query('SELECT actor_role FROM audit_log WHERE action = $1 AND entity_id = $2', [action, entityId]);

  const capacityOf = async (code: string): Promise<number> => {
    const res = await call(t, 'admin', 'get', '/facilities');
    return res.body.find((f: { code: string }) => f.code === code).capacity;
  };

  describe('beds', () => {
    it.each(NON_ADMINS)('%s may not add or change beds (403)', async (user) => {
      expect(
        (await call(t, user, 'post', `/facilities/${unit['SOF-SHELTER']}/beds`, { code: 'X-1', label: 'x' })).status,
      ).toBe(403);
      const [bed] = await t.db.query('SELECT id FROM beds LIMIT 1');
      expect((await call(t, user, 'patch', `/beds/${bed.id}`, { label: 'x' })).status).toBe(403);
    });

    it('needs a token (401)', async () => {
      expect(
        (await call(t, null, 'post', `/facilities/${unit['SOF-SHELTER']}/beds`, { code: 'X-1', label: 'x' })).status,
      ).toBe(401);
      const [bed] = await t.db.query('SELECT id FROM beds LIMIT 1');
      expect((await call(t, null, 'patch', `/beds/${bed.id}`, { label: 'x' })).status).toBe(401);
    });

    it('adds a bed: it is on the bed board, raises the capacity and is audited', async () => {
      const before = await capacityOf('BGS-REINT');
      const res = await call(t, 'admin', 'post', `/facilities/${unit['BGS-REINT']}/beds`, {
        code: ' BGS-REINT-NEW ',
        label: 'Стая 9',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        unitId: unit['BGS-REINT'],
        code: 'BGS-REINT-NEW',
        label: 'Стая 9',
        active: true,
      });
      expect(await capacityOf('BGS-REINT')).toBe(before + 1);
      const board = await call(t, 'admin', 'get', `/facilities/${unit['BGS-REINT']}/beds`);
      expect(board.body.map((b: { code: string }) => b.code)).toContain('BGS-REINT-NEW');
      expect(await auditRows('bed.create', res.body.id)).toEqual([{ actor_role: 'admin' }]);
    });

    it('refuses a duplicate code in the same facility (409), not in another', async () => {
      const first = await call(t, 'admin', 'post', `/facilities/${unit['VAR-SHELTER']}/beds`, {
        code: 'DUP-1',
        label: 'a',
      });
      expect(first.status).toBe(201);
      const again = await call(t, 'admin', 'post', `/facilities/${unit['VAR-SHELTER']}/beds`, {
        code: 'DUP-1',
        label: 'b',
      });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('A bed with this code already exists in the facility');
      expect(
        (await call(t, 'admin', 'post', `/facilities/${unit['SOF-SHELTER']}/beds`, { code: 'DUP-1', label: 'c' }))
          .status,
      ).toBe(201);
    });

    it('adds beds only to shelters (400), and to a known facility (404)', async () => {
      const centre = await call(t, 'admin', 'post', `/facilities/${unit['SOF-CENTRE']}/beds`, {
        code: 'C-1',
        label: 'c',
      });
      expect(centre.status).toBe(400);
      expect(centre.body.message).toEqual(['facility must be a shelter: only shelters have beds']);
      expect(
        (await call(t, 'admin', 'post', `/facilities/${unit['DSP-SOF']}/beds`, { code: 'C-1', label: 'c' })).status,
      ).toBe(404);
      expect(
        (
          await call(t, 'admin', 'post', '/facilities/00000000-0000-4000-8000-000000000000/beds', {
            code: 'C-1',
            label: 'c',
          })
        ).status,
      ).toBe(404);
      const malformed = await call(t, 'admin', 'post', '/facilities/abc/beds', { code: 'C-1', label: 'c' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toEqual(['id must be a UUID']);
    });

    // The rule each value breaks, by its message: the word alone would also match "statusCode".
    it.each([
      [{ label: 'x' }, 'code must be a string'],
      [{ code: 'has space', label: 'x' }, 'code must be 1-32 characters: latin letters, digits, dash, underscore'],
      [{ code: 'x'.repeat(33), label: 'x' }, 'code must be 1-32 characters: latin letters, digits, dash, underscore'],
      [{ code: 'OK-1' }, 'label must be a string'],
      [{ code: 'OK-1', label: '   ' }, 'label must be longer than or equal to 1 characters'],
      [{ code: 'OK-1', label: 'x'.repeat(101) }, 'label must be shorter than or equal to 100 characters'],
      [{ code: 'OK-1', label: 'x', extra: 1 }, 'property extra should not exist'],
    ])('rejects bed %j: %s (400)', async (body, rule) => {
      const res = await call(t, 'admin', 'post', `/facilities/${unit['SOF-SHELTER']}/beds`, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(rule);
    });

    it('renames, deactivates and reactivates a free bed, each audited; capacity follows', async () => {
      const bed = (
        await call(t, 'admin', 'post', `/facilities/${unit['BGS-SHELTER']}/beds`, { code: 'BGS-FREE', label: 'a' })
      ).body;
      const renamed = await call(t, 'admin', 'patch', `/beds/${bed.id}`, { label: 'Стая 2' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ label: 'Стая 2', active: true });
      const before = await capacityOf('BGS-SHELTER');
      const off = await call(t, 'admin', 'patch', `/beds/${bed.id}`, { active: false });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      expect(await capacityOf('BGS-SHELTER')).toBe(before - 1);
      expect((await call(t, 'admin', 'patch', `/beds/${bed.id}`, { active: true })).status).toBe(200);
      expect(await capacityOf('BGS-SHELTER')).toBe(before);
      expect(await auditRows('bed.update', bed.id)).toHaveLength(1);
      expect(await auditRows('bed.deactivate', bed.id)).toHaveLength(1);
      expect(await auditRows('bed.activate', bed.id)).toHaveLength(1);
    });

    it('keeps when each bed was in service, in the database, and refuses overlapping periods', async () => {
      const bed = (
        await call(t, 'admin', 'post', `/facilities/${unit['VAR-SHELTER']}/beds`, { code: 'VAR-HIST', label: 'h' })
      ).body;
      const periods = (): Promise<Array<{ open: boolean }>> =>
        t.db.query('SELECT to_at IS NULL AS open FROM bed_service_periods WHERE bed_id = $1 ORDER BY from_at', [
          bed.id,
        ]);
      expect(await periods()).toEqual([{ open: true }]);
      await call(t, 'admin', 'patch', `/beds/${bed.id}`, { active: false });
      expect(await periods()).toEqual([{ open: false }]);
      await call(t, 'admin', 'patch', `/beds/${bed.id}`, { active: true });
      expect(await periods()).toEqual([{ open: false }, { open: true }]);
      await expect(
        t.db.query(`INSERT INTO bed_service_periods (bed_id, from_at) VALUES ($1, now() - interval '1 hour')`, [
          bed.id,
        ]),
      ).rejects.toThrow(/bed_service_periods_overlap_excl/);
      // Out of service and back in one transaction: no empty period is left behind.
      await t.db.transaction(async (manager) => {
        await manager.query('UPDATE beds SET active = false WHERE id = $1', [bed.id]);
        await manager.query('UPDATE beds SET active = true WHERE id = $1', [bed.id]);
      });
      expect(await periods()).toHaveLength(3);
    });

    it('will not take out of service a bed held by a stay (409), nothing audited', async () => {
      const c = await createCase(t, 'staff.sofia');
      const stay = await admit(t, 'staff.sofia', { caseId: c.id, facilityId: unit['SOF-SHELTER'] });
      const res = await call(t, 'admin', 'patch', `/beds/${stay.bedId}`, { active: false });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('The bed is held by a stay: move the resident before taking it out of service');
      expect(await auditRows('bed.deactivate', stay.bedId)).toHaveLength(0);
      // A rename of the held bed is fine.
      expect((await call(t, 'admin', 'patch', `/beds/${stay.bedId}`, { label: 'Renamed' })).status).toBe(200);
    });

    it.each([
      [{}, 'label or active must be given'],
      [{ label: '' }, 'label must be longer than or equal to 1 characters'],
      [{ active: 'no' }, 'active must be a boolean value'],
      [{ code: 'NEW' }, 'property code should not exist'],
    ])('rejects bed change %j: %s (400)', async (body, rule) => {
      const [bed] = await t.db.query('SELECT id FROM beds LIMIT 1');
      const res = await call(t, 'admin', 'patch', `/beds/${bed.id}`, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(rule);
    });

    it('an unknown bed is 404, a malformed id 400', async () => {
      expect(
        (await call(t, 'admin', 'patch', '/beds/00000000-0000-4000-8000-000000000000', { label: 'x' })).status,
      ).toBe(404);
      const malformed = await call(t, 'admin', 'patch', '/beds/abc', { label: 'x' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toEqual(['id must be a UUID']);
    });
  });

  describe('legal terms', () => {
    it.each(['admin', 'monitor'])('GET /legal-terms as %s -> 200', async (user) => {
      const res = await call(t, user, 'get', '/legal-terms');
      expect(res.status).toBe(200);
      expect(res.body.map((term: { key: string }) => term.key)).toEqual([
        'child_notification_hours',
        'reflection_days',
        'retention_years',
      ]);
      expect(res.body[1]).toMatchObject({ key: 'reflection_days', value: 30, unit: 'days' });
    });

    it.each(NON_READERS)('GET /legal-terms as %s -> %i', async (user, status) => {
      expect((await call(t, user, 'get', '/legal-terms')).status).toBe(status);
    });

    it.each([...NON_ADMINS, null])('PATCH /legal-terms as %s is refused', async (user) => {
      const res = await call(t, user, 'patch', '/legal-terms/retention_years', { value: 10 });
      expect(res.status).toBe(user ? 403 : 401);
    });

    it.each([
      [{}, 'value must be an integer number'],
      [{ value: 0 }, 'value must not be less than 1'],
      [{ value: -3 }, 'value must not be less than 1'],
      [{ value: 1.5 }, 'value must be an integer number'],
      [{ value: '10' }, 'value must be an integer number'],
      [{ value: 87601 }, 'value must not be greater than 87600'],
      [{ value: 10001 }, 'value must not be greater than 100 (years)'],
      [{ value: 101 }, 'value must not be greater than 100 (years)'],
    ])('rejects %j: %s (400)', async (body, rule) => {
      const res = await call(t, 'admin', 'patch', '/legal-terms/retention_years', body);
      expect(res.status).toBe(400);
      expect([res.body.message].flat()).toContain(rule);
    });

    it('an unknown key is 404', async () => {
      expect((await call(t, 'admin', 'patch', '/legal-terms/no_such_term', { value: 3 })).status).toBe(404);
    });

    it('changes a term, audited, and the change takes effect', async () => {
      const res = await call(t, 'admin', 'patch', '/legal-terms/retention_years', { value: 12 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ key: 'retention_years', value: 12, unit: 'years' });
      const list = await call(t, 'monitor', 'get', '/legal-terms');
      expect(list.body.find((term: { key: string }) => term.key === 'retention_years').value).toBe(12);
      expect(await auditRows('legal_term.update', 'retention_years')).toEqual([{ actor_role: 'admin' }]);
    });
  });

  describe('stay terms', () => {
    it.each(['admin', 'monitor'])('GET /stay-terms as %s -> 200', async (user) => {
      const res = await call(t, user, 'get', '/stay-terms');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        expect.objectContaining({ facilityKind: 'reintegration_shelter', minStayDays: 180 }),
        expect.objectContaining({ facilityKind: 'temporary_shelter', minStayDays: 30 }),
      ]);
    });

    it.each(NON_READERS)('GET /stay-terms as %s -> %i', async (user, status) => {
      expect((await call(t, user, 'get', '/stay-terms')).status).toBe(status);
    });

    it.each([...NON_ADMINS, null])('PATCH /stay-terms as %s is refused', async (user) => {
      const res = await call(t, user, 'patch', '/stay-terms/temporary_shelter', { minStayDays: 40 });
      expect(res.status).toBe(user ? 403 : 401);
    });

    it.each([
      [{}, 'minStayDays must be an integer number'],
      [{ minStayDays: 0 }, 'minStayDays must not be less than 1'],
      [{ minStayDays: 3651 }, 'minStayDays must not be greater than 3650'],
      [{ minStayDays: 2.5 }, 'minStayDays must be an integer number'],
      [{ value: 40 }, 'minStayDays must be an integer number'],
    ])('rejects %j: %s (400)', async (body, rule) => {
      const res = await call(t, 'admin', 'patch', '/stay-terms/temporary_shelter', body);
      expect(res.status).toBe(400);
      expect([res.body.message].flat()).toContain(rule);
    });

    it('an unknown kind is 404', async () => {
      expect((await call(t, 'admin', 'patch', '/stay-terms/support_centre', { minStayDays: 40 })).status).toBe(404);
    });

    it('a new minimum stay is audited and sets the term of the next admission', async () => {
      const res = await call(t, 'admin', 'patch', '/stay-terms/temporary_shelter', { minStayDays: 45 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ facilityKind: 'temporary_shelter', minStayDays: 45 });
      expect(await auditRows('stay_term.update', 'temporary_shelter')).toEqual([{ actor_role: 'admin' }]);
      const c = await createCase(t, 'staff.sofia');
      const stay = await admit(t, 'staff.sofia', {
        caseId: c.id,
        facilityId: unit['SOF-SHELTER'],
        admittedAt: '2026-11-20T12:00:00+02:00',
      });
      expect(stay.stayLimitDate).toBe('2027-01-04');
    });
  });

  describe('alert settings', () => {
    it.each(['admin', 'monitor'])('GET /alert-settings as %s -> 200', async (user) => {
      const res = await call(t, user, 'get', '/alert-settings');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        expect.objectContaining({ key: 'referral_answer_hours', value: 48, unit: 'hours' }),
        expect.objectContaining({ key: 'term_ending_days', value: 7, unit: 'days' }),
      ]);
    });

    it.each(NON_READERS)('GET /alert-settings as %s -> %i', async (user, status) => {
      expect((await call(t, user, 'get', '/alert-settings')).status).toBe(status);
    });

    it.each([...NON_ADMINS, null])('PATCH /alert-settings as %s is refused', async (user) => {
      const res = await call(t, user, 'patch', '/alert-settings/term_ending_days', { value: 5 });
      expect(res.status).toBe(user ? 403 : 401);
    });

    it.each([
      [{}, 'value must be an integer number'],
      [{ value: 0 }, 'value must not be less than 1'],
      [{ value: 366 }, 'value must not be greater than 365 (days)'],
      [{ value: 8761 }, 'value must not be greater than 8760'],
      [{ value: 'x' }, 'value must be an integer number'],
    ])('rejects %j: %s (400)', async (body, rule) => {
      const res = await call(t, 'admin', 'patch', '/alert-settings/term_ending_days', body);
      expect(res.status).toBe(400);
      expect([res.body.message].flat()).toContain(rule);
    });

    it('an unknown key is 404; a change is stored and audited', async () => {
      expect((await call(t, 'admin', 'patch', '/alert-settings/nope', { value: 5 })).status).toBe(404);
      const res = await call(t, 'admin', 'patch', '/alert-settings/referral_answer_hours', { value: 24 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ key: 'referral_answer_hours', value: 24 });
      const [row] = await t.db.query(`SELECT value FROM alert_settings WHERE key = 'referral_answer_hours'`);
      expect(row.value).toBe(24);
      expect(await auditRows('alert_setting.update', 'referral_answer_hours')).toEqual([{ actor_role: 'admin' }]);
    });
  });
});
