import { PreparedReads } from '@ibd/api/core';
import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

const year = new Date().getUTCFullYear();

describe('cases', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
  });
  afterAll(() => t.close());

  const get = (path: string, user: DemoUsername = 'staff.sofia') => t.http.get(`/api/v1${path}`).set(as[user]);
  const post = (path: string, body: object = {}, user: DemoUsername = 'staff.sofia') =>
    t.http.post(`/api/v1${path}`).set(as[user]).send(body);
  /** The 409's message: why the change was refused, as the user reads it. */
  const conflict = async (request: ReturnType<typeof post>) => (await request.expect(409)).body.message;

  it('opens a case coded by facility and year, with the adult reflection period from formal identification', async () => {
    const victim = await createVictim(t, 'staff.sofia', { identity: identity({ personalNumber: EGN.adult.number }) });
    const res = await post('/cases', {
      victimId: victim.id,
      identifiedAt: '2026-01-05',
      identifiedBy: 'ngo',
      formalIdentifiedAt: '2026-01-20',
      formalIdentifiedBy: 'prosecution',
      exploitationForms: ['forced_labour', 'forced_begging'],
      recruitmentCountries: ['bg'],
      exploitationCountries: ['DE'],
    }).expect(201);
    expect(res.body).toMatchObject({
      status: 'open',
      code: expect.stringMatching(new RegExp(`^SOF-SHELTER-${year}-\\d{4}$`)),
    });
    const { body } = await get(`/cases/${res.body.id}`).expect(200);
    expect(body).toMatchObject({
      victimCode: victim.code,
      facilityCode: 'SOF-SHELTER',
      child: false,
      transnational: true,
      reflectionEndsOn: '2026-02-19',
      recruitmentCountries: ['BG'],
      exploitationCountries: ['DE'],
      tasks: [],
    });
  });

  it("opens cases only at the caller's own facility", async () => {
    const victim = await createVictim(t);
    const facilities = (await get('/facilities').expect(200)).body as Array<{ id: string; code: string }>;
    const burgas = facilities.find((f) => f.code === 'BGS-SHELTER')?.id;
    const res = await post('/cases', {
      victimId: victim.id,
      facilityId: burgas,
      identifiedAt: '2026-01-05',
      identifiedBy: 'ngo',
      exploitationForms: ['other'],
    }).expect(403);
    expect(res.body.message).toMatch(/own facility/);
  });

  it('numbers cases per facility without gaps, even when opened concurrently', async () => {
    const victims = await Promise.all(Array.from({ length: 8 }, () => createVictim(t, 'staff.varna')));
    const cases = await Promise.all(victims.map((v) => createCase(t, 'staff.varna', { victimId: v.id })));
    const numbers = cases.map((c) => Number(c.code.split('-').at(-1))).sort((a, b) => a - b);
    expect(cases.every((c) => c.code.startsWith(`VAR-SHELTER-${year}-`))).toBe(true);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => numbers[0] + i));
  });

  it('gives a child case three notification tasks due 24 hours after identification, and records who did them', async () => {
    const victim = await createVictim(t, 'staff.sofia', { identity: identity({ personalNumber: EGN.child.number }) });
    const opened = await createCase(t, 'staff.sofia', {
      victimId: victim.id,
      identifiedAt: '2026-02-01',
      formalIdentifiedAt: '2026-02-02',
      formalIdentifiedBy: 'prosecution',
    });
    const { body } = await get(`/cases/${opened.id}`).expect(200);
    expect(body).toMatchObject({ child: true, reflectionEndsOn: null });
    expect(body.tasks.map((task: { kind: string }) => task.kind).sort()).toEqual([
      'notify_dazd',
      'notify_mvr',
      'notify_nkbth',
    ]);
    expect(body.tasks[0]).toMatchObject({ dueAt: '2026-02-01T22:00:00.000Z', doneAt: null, overdue: true });
    const done = await post(`/cases/${opened.id}/tasks/${body.tasks[0].id}/done`).expect(200);
    expect(done.body).toMatchObject({ id: body.tasks[0].id, overdue: false, doneBy: expect.any(String) });
    // The case view and the task list write the same task alike, points in time included.
    const [listed] = (await get(`/cases/${opened.id}/tasks`).expect(200)).body;
    expect((await get(`/cases/${opened.id}`).expect(200)).body.tasks[0]).toEqual(listed);
    expect(listed.doneAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await conflict(post(`/cases/${opened.id}/tasks/${body.tasks[0].id}/done`))).toBe('The task is already done');
    const other = await createCase(t);
    await post(`/cases/${other.id}/tasks/${body.tasks[1].id}/done`).expect(404);
  });

  it('presumes a child when only a birth year is known and the person may be 17', async () => {
    const victim = await createVictim(t, 'staff.sofia', { birthYear: 2008 });
    const opened = await createCase(t, 'staff.sofia', { victimId: victim.id, identifiedAt: '2026-01-01' });
    expect((await get(`/cases/${opened.id}`)).body.child).toBe(true);
  });

  it('moves open → active → closed → active and refuses anything else with 409', async () => {
    const { id } = await createCase(t);
    expect(await conflict(post(`/cases/${id}/reopen`))).toBe('A case that is open cannot be reopened');
    await post(`/cases/${id}/activate`).expect(200);
    expect(await conflict(post(`/cases/${id}/activate`))).toBe('A case that is active cannot be activated');
    const closed = await post(`/cases/${id}/close`, { reason: 'goals_met' }).expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closureReason: 'goals_met',
      retentionUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(Number(closed.body.retentionUntil.slice(0, 4)) - Number(closed.body.closedAt.slice(0, 4))).toBe(5);
    expect(await conflict(post(`/cases/${id}/close`, { reason: 'moved_on' }))).toBe(
      'A case that is closed cannot be closed',
    );
    const patched = t.http.patch(`/api/v1/cases/${id}`).set(as['staff.sofia']).send({ transnational: true });
    expect((await patched.expect(409)).body.message).toBe('The case is closed: reopen it first');
    expect(
      await conflict(
        post(`/cases/${id}/services`, { type: 'medical', providedAt: new Date().toISOString(), durationMinutes: 30 }),
      ),
    ).toBe('The case is closed: reopen it first');
    const reopened = await post(`/cases/${id}/reopen`).expect(200);
    expect(reopened.body).toMatchObject({
      status: 'active',
      closedAt: null,
      closureReason: null,
      retentionUntil: null,
    });
  });

  it('uses the legal terms of the legal_terms table', async () => {
    await t.db.query(`UPDATE legal_terms SET value = 45 WHERE key = 'reflection_days'`);
    try {
      const opened = await createCase(t, 'staff.sofia', {
        formalIdentifiedAt: '2026-01-01',
        formalIdentifiedBy: 'prosecution',
      });
      expect((await get(`/cases/${opened.id}`)).body.reflectionEndsOn).toBe('2026-02-15');
    } finally {
      await t.db.query(`UPDATE legal_terms SET value = 30 WHERE key = 'reflection_days'`);
    }
  });

  it('corrects details with PATCH, recomputing what depends on them', async () => {
    const { id } = await createCase(t);
    const res = await t.http
      .patch(`/api/v1/cases/${id}`)
      .set(as['staff.sofia'])
      .send({
        formalIdentifiedAt: '2026-03-01',
        formalIdentifiedBy: 'prosecution',
        exploitationForms: ['servitude'],
        exploitationCountries: ['AT'],
      })
      .expect(200);
    expect(res.body).toMatchObject({
      reflectionEndsOn: '2026-03-31',
      exploitationForms: ['servitude'],
      transnational: true,
    });
  });

  describe('lists', () => {
    let sofia: { id: string; code: string; victimId: string };
    beforeAll(async () => {
      const victim = await createVictim(t, 'staff.sofia', {
        identity: {
          firstName: 'Йорданка',
          lastName: 'Фъндъкова',
          dateOfBirth: '1985-07-07',
          personalNumber: '8507070002',
        },
      });
      sofia = await createCase(t, 'staff.sofia', {
        victimId: victim.id,
        identifiedAt: '2025-06-15',
        exploitationForms: ['organ_removal'],
      });
      await post(`/cases/${sofia.id}/activate`).expect(200);
    });

    it('scopes staff to their facility and shows monitors every facility', async () => {
      const mine = await get('/cases?pageSize=100').expect(200);
      expect(mine.body.items.every((c: { facilityCode: string }) => c.facilityCode === 'SOF-SHELTER')).toBe(true);
      const burgas = await get('/cases?pageSize=100', 'staff.burgas').expect(200);
      expect(burgas.body.items.map((c: { id: string }) => c.id)).not.toContain(sofia.id);
      const all = await get('/cases?pageSize=100', 'monitor').expect(200);
      expect(new Set(all.body.items.map((c: { facilityCode: string }) => c.facilityCode)).size).toBeGreaterThan(1);
      expect(JSON.stringify(all.body)).not.toMatch(/firstName|identity/);
      const sw = await get('/cases', 'social.worker').expect(200);
      expect(sw.body).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    });

    it.each([
      ['status=active', true],
      ['status=closed', false],
      ['exploitationForm=organ_removal', true],
      ['exploitationForm=surrogacy', false],
      ['identifiedFrom=2025-06-15&identifiedTo=2025-06-15', true],
      ['identifiedFrom=2025-06-16', false],
      ['child=false', true],
      ['child=true', false],
    ])('filters by %s', async (filter, found) => {
      const res = await get(`/cases?${filter}&pageSize=100`).expect(200);
      expect(res.body.items.some((c: { id: string }) => c.id === sofia.id)).toBe(found);
    });

    it('filters by facility, and a staff member asking for another facility gets nothing', async () => {
      const facilities = (await get('/facilities').expect(200)).body as Array<{ id: string; code: string }>;
      const sof = facilities.find((f) => f.code === 'SOF-SHELTER')?.id;
      expect(
        (await get(`/cases?facilityId=${sof}&pageSize=100`, 'monitor')).body.items.some(
          (c: { id: string }) => c.id === sofia.id,
        ),
      ).toBe(true);
      expect((await get(`/cases?facilityId=${sof}`, 'staff.burgas')).body.total).toBe(0);
    });

    it.each([
      ['the case code', () => sofia.code],
      ['the case code in lowercase', () => sofia.code.toLowerCase()],
      ['the exact personal number', () => '8507070002'],
      ['the exact name', () => 'Йорданка Фъндъкова'],
      ['the name in Latin, other order', () => 'FANDAKOVA Yordanka'],
    ])('finds the case by %s through exact matches only', async (_how, term) => {
      const res = await get(`/cases?q=${encodeURIComponent(term())}`).expect(200);
      expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([sofia.id]);
    });

    it.each([['Йорданка'], ['850707'], ['SOF-SHELTER']])('does not find it by the fragment %s', async (term) => {
      const res = await get(`/cases?q=${encodeURIComponent(term)}`).expect(200);
      expect(res.body.items.map((c: { id: string }) => c.id)).not.toContain(sofia.id);
    });

    it('pages', async () => {
      const res = await get('/cases?page=2&pageSize=1', 'monitor').expect(200);
      expect(res.body).toMatchObject({ page: 2, pageSize: 1, items: [expect.any(Object)] });
      expect(res.body.total).toBeGreaterThan(2);
    });

    it('gives totals equal to counting the cases, through every change of status', async () => {
      const countOf = async (where: string, params: unknown[]) =>
        (await t.db.query(`SELECT count(*)::int AS n FROM cases c WHERE ${where}`, params))[0].n;
      const [{ id: sof }] = await t.db.query(`SELECT id FROM units WHERE code = 'SOF-SHELTER'`);
      const { id } = await createCase(t);
      await post(`/cases/${id}/activate`).expect(200);
      await post(`/cases/${id}/close`, { reason: 'goals_met' }).expect(200);
      await post(`/cases/${id}/reopen`).expect(200);
      await post(`/cases/${(await createCase(t)).id}/close`, { reason: 'other' }).expect(200);
      for (const status of ['open', 'active', 'closed']) {
        const expected = await countOf('c.facility_id = $1 AND c.status = $2', [sof, status]);
        expect((await get(`/cases?status=${status}&pageSize=1`).expect(200)).body.total).toBe(expected);
        expect((await get(`/cases?status=${status}&facilityId=${sof}`, 'monitor').expect(200)).body.total).toBe(
          expected,
        );
      }
      expect((await get('/cases?pageSize=1', 'monitor').expect(200)).body.total).toBe(await countOf('true', []));
      const drift = await t.db.query(
        `SELECT facility_id, status FROM case_counts k FULL JOIN (SELECT facility_id, status, count(*)::int AS n FROM cases GROUP BY 1, 2) c
           USING (facility_id, status) WHERE coalesce(k.n, 0) <> coalesce(c.n, 0)`,
      );
      expect(drift).toEqual([]);
    });

    it('plans a page of cases once: the prepared page query runs on a generic plan', async () => {
      const [{ id: sof }] = await t.db.query(`SELECT id FROM units WHERE code = 'SOF-SHELTER'`);
      for (let round = 0; round < 8; round++) await get(`/cases?status=active&facilityId=${sof}`).expect(200);
      // pg's pool hands out the connection released last, so these sequential reads share one session.
      const plans = await t.app.get(PreparedReads).rows<{ generic: number; custom: number }>(
        `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
            WHERE statement LIKE :page`,
        { page: '%FROM cases c%OFFSET%' },
      );
      expect(plans.map((plan) => plan.custom)).toEqual(plans.map(() => 0));
      expect(plans.reduce((sum, plan) => sum + plan.generic, 0)).toBeGreaterThanOrEqual(8);
    });

    it('lists the newest first and keeps the total on a page past the end', async () => {
      const first = (await get('/cases?pageSize=100', 'monitor').expect(200)).body;
      const opened = first.items.map((c: { openedAt: string }) => c.openedAt);
      expect(opened).toEqual([...opened].sort().reverse());
      const beyond = await get(`/cases?page=${first.total + 1}&pageSize=1`, 'monitor').expect(200);
      expect(beyond.body).toEqual({ items: [], total: first.total, page: first.total + 1, pageSize: 1 });
    });
  });

  describe('support & safety plan', () => {
    it('keeps needs, risks and goals encrypted, shows texts to staff and only the shape to monitors', async () => {
      const { id } = await createCase(t);
      await post(`/cases/${id}/plan/items`, { kind: 'need', text: 'Нужда от подслон и лекар' }).expect(201);
      const risk = await post(`/cases/${id}/plan/items`, {
        kind: 'risk',
        text: 'Трафикантът живее наблизо',
        riskLevel: 'high',
      }).expect(201);
      const goal = await post(`/cases/${id}/plan/items`, {
        kind: 'goal',
        text: 'Лична карта',
        dueOn: '2026-12-31',
        responsible: 'Иван Петров, ДСП',
      }).expect(201);
      await t.http
        .patch(`/api/v1/cases/${id}/plan/items/${goal.body.id}`)
        .set(as['staff.sofia'])
        .send({ status: 'achieved' })
        .expect(200);
      await post(`/cases/${id}/plan/reviews`, {
        reviewedOn: '2026-02-01',
        summary: 'Напредък',
        nextReviewOn: '2026-03-01',
      }).expect(201);
      const plan = await get(`/cases/${id}/plan`).expect(200);
      expect(plan.body.items).toHaveLength(3);
      expect(plan.body.items[2]).toMatchObject({
        kind: 'goal',
        status: 'achieved',
        responsible: 'Иван Петров, ДСП',
        dueOn: '2026-12-31',
      });
      expect(plan.body.reviews[0]).toMatchObject({ summary: 'Напредък', nextReviewOn: '2026-03-01' });
      const monitored = await get(`/cases/${id}/plan`, 'monitor').expect(200);
      expect(JSON.stringify(monitored.body)).not.toMatch(/Трафикантът|Иван|Напредък|"text"/);
      const [row] = await t.db.query('SELECT * FROM plan_items WHERE id = $1', [risk.body.id]);
      expect(JSON.stringify(row)).not.toContain('Трафикантът');
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.plan.read' AND entity_id = $1`,
        [id],
      );
      expect(n).toBe(1);
    });

    it('requires a risk level for risks only', async () => {
      const { id } = await createCase(t);
      const risk = await post(`/cases/${id}/plan/items`, { kind: 'risk', text: 'x' }).expect(400);
      expect(risk.body.message).toEqual(['riskLevel is required for a risk']);
      const need = await post(`/cases/${id}/plan/items`, { kind: 'need', text: 'x', riskLevel: 'low' }).expect(400);
      expect(need.body.message).toEqual(['riskLevel is only for a risk']);
    });
  });

  describe('services rendered and the timeline', () => {
    it('logs services with encrypted notes and shows one ordered timeline', async () => {
      const { id } = await createCase(t);
      await post(`/cases/${id}/activate`).expect(200);
      const types = await get('/service-types').expect(200);
      expect(types.body.map((s: { code: string }) => s.code)).toContain('interpretation');
      const later = await post(`/cases/${id}/services`, {
        type: 'legal_aid',
        providedAt: '2026-01-12T09:00:00+02:00',
        durationMinutes: 90,
        notes: 'Разговор с адвокат Стоянов',
      }).expect(201);
      await post(`/cases/${id}/services`, {
        type: 'psychological',
        providedAt: '2026-01-11T15:30:00Z',
        durationMinutes: 60,
      }).expect(201);
      const [row] = await t.db.query('SELECT * FROM service_records WHERE id = $1', [later.body.id]);
      expect(row.notes_enc).toMatch(/^t1:/);
      expect(JSON.stringify(row)).not.toContain('Стоянов');
      const log = await get(`/cases/${id}/services`).expect(200);
      expect(log.body.items.map((s: { type: string }) => s.type)).toEqual(['legal_aid', 'psychological']);
      expect(log.body.items[0]).toMatchObject({ notes: 'Разговор с адвокат Стоянов', durationMinutes: 90 });
      const monitored = await get(`/cases/${id}/services`, 'monitor').expect(200);
      expect(JSON.stringify(monitored.body)).not.toContain('Стоянов');

      await post(`/cases/${id}/close`, { reason: 'returned_abroad' }).expect(200);
      const timeline = await get(`/cases/${id}/timeline`, 'monitor').expect(200);
      const kinds = timeline.body.items.map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(['service.rendered', 'service.rendered', 'case.opened', 'case.activated', 'case.closed']);
      expect(timeline.body.items[0].data).toEqual({ type: 'psychological', durationMinutes: 60 });
      expect(timeline.body.items.at(-1).data).toMatchObject({
        from: 'active',
        to: 'closed',
        reason: 'returned_abroad',
      });
      const times = timeline.body.items.map((e: { at: string }) => Date.parse(e.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });

    it('writes a service with its timeline event and audit entry, or nothing at all when refused', async () => {
      const { id } = await createCase(t);
      const written = async () =>
        (
          await t.db.query(
            `SELECT (SELECT count(*) FROM service_records WHERE case_id = $1)::int AS records,
                    (SELECT count(*) FROM case_events WHERE case_id = $1 AND kind = 'service.rendered')::int AS events,
                    (SELECT count(*) FROM audit_log WHERE action = 'service.create' AND entity_id IN
                       (SELECT id::text FROM service_records WHERE case_id = $1))::int AS entries`,
            [id],
          )
        )[0];
      const service = { type: 'psychological', providedAt: '2026-01-11T15:30:00.123456Z', durationMinutes: 60 };
      const res = await t.http
        .post(`/api/v1/cases/${id}/services`)
        .set({ ...as['staff.sofia'], 'X-Request-Id': 'service-write-1' })
        .send(service)
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        caseId: id,
        type: 'psychological',
        providedAt: '2026-01-11T15:30:00.123Z',
        durationMinutes: 60,
        staffId: expect.any(String),
        facilityId: expect.any(String),
        createdAt: expect.any(String),
        notes: null,
      });
      const [entry] = await t.db.query(`SELECT actor_role, entity, request_id FROM audit_log WHERE entity_id = $1`, [
        res.body.id,
      ]);
      expect(entry).toEqual({ actor_role: 'shelter_staff', entity: 'service_record', request_id: 'service-write-1' });
      expect(await written()).toEqual({ records: 1, events: 1, entries: 1 });

      const unknown = await post(`/cases/${id}/services`, { ...service, type: 'astrology' }).expect(400);
      expect(unknown.body.message).toEqual(['type is not in the service catalogue']);
      await post(`/cases/${id}/services`, service, 'staff.varna').expect(404);
      await post(`/cases/${id}/close`, { reason: 'goals_met' }).expect(200);
      expect(await conflict(post(`/cases/${id}/services`, service))).toBe('The case is closed: reopen it first');
      expect(await written()).toEqual({ records: 1, events: 1, entries: 1 });
    });

    it('lets an admin extend the catalogue, and staff use the new type', async () => {
      await post(
        '/service-types',
        { code: 'art_therapy', nameBg: 'Арт терапия', nameEn: 'Art therapy' },
        'admin',
      ).expect(201);
      expect(
        await conflict(
          post('/service-types', { code: 'art_therapy', nameBg: 'Арт терапия', nameEn: 'Art therapy' }, 'admin'),
        ),
      ).toBe('A service type with this code already exists');
      const { id } = await createCase(t);
      await post(`/cases/${id}/services`, {
        type: 'art_therapy',
        providedAt: new Date().toISOString(),
        durationMinutes: 45,
      }).expect(201);
      const unknown = await post(`/cases/${id}/services`, {
        type: 'astrology',
        providedAt: new Date().toISOString(),
        durationMinutes: 45,
      }).expect(400);
      expect(unknown.body.message).toEqual(['type is not in the service catalogue']);
    });
  });
});
