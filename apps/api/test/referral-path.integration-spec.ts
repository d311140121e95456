import { addDays, todayInSofia } from '@ibd/api/core';
import { admit, call, createCase, minutesAgo, newPersonReferral, sendReferral, unitIds } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * The NRM path end to end (docs/domain.md, "Referral"): a social worker's referral reaches the
 * Sofia shelter's inbox, the shelter accepts it, admits the person to a bed, extends the stay and
 * discharges with an onward referral back to the social worker's unit; each step is visible to the
 * right people and to nobody else.
 */
describe('the NRM path: referral -> acceptance -> bed -> extension -> discharge -> onward referral', () => {
  let t: TestApp;
  let unit: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
  });
  afterAll(() => t.close());

  const ids404 = async (user: string, path: string) => expect((await call(t, user, 'get', path)).status).toBe(404);
  const inBox = async (user: string, box: string) =>
    ((await call(t, user, 'get', `/referrals?box=${box}`)).body.items as Array<{ id: string }>).map((r) => r.id);

  it('1. the social worker sends a consented referral for a person new to the system', async () => {
    const sent = await sendReferral(t, 'social.worker', newPersonReferral(unit['SOF-SHELTER']));
    expect(sent).toMatchObject({ status: 'sent', code: expect.stringMatching(/^REF-\d{4}-\d{6}$/) });
    ids['referral'] = sent.id;

    expect(await inBox('social.worker', 'outbox')).toEqual([sent.id]);
    expect(await inBox('staff.sofia', 'inbox')).toEqual([sent.id]);
    expect(await inBox('staff.sofia', 'outbox')).toEqual([]);
    expect(await inBox('staff.burgas', 'inbox')).toEqual([]);
    await ids404('staff.burgas', `/referrals/${sent.id}`);
    const monitor = await call(t, 'monitor', 'get', `/referrals/${sent.id}`);
    expect(monitor.status).toBe(200);
    expect(monitor.body).not.toHaveProperty('reason');
    expect((await call(t, 'auditor', 'get', `/referrals/${sent.id}`)).status).toBe(403);
    expect((await call(t, 'admin', 'get', '/referrals')).status).toBe(403);
  });

  it('2. the shelter accepts: a case opens at the shelter, the sender sees the outcome and the time it took', async () => {
    const accepted = await call(t, 'staff.sofia', 'post', `/referrals/${ids['referral']}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      resultCaseCode: expect.stringMatching(/^SOF-SHELTER-\d{4}-\d{4}$/),
    });
    ids['case'] = accepted.body.resultCaseId;

    const seenBySender = await call(t, 'social.worker', 'get', `/referrals/${ids['referral']}`);
    expect(seenBySender.body).toMatchObject({
      status: 'accepted',
      answeredAt: expect.any(String),
      minutesToAnswer: expect.any(Number),
    });

    const shelterCase = await call(t, 'staff.sofia', 'get', `/cases/${ids['case']}`);
    expect(shelterCase.status).toBe(200);
    expect(shelterCase.body).toMatchObject({ exploitationForms: ['forced_labour'], identifiedBy: 'social_assistance' });
    ids['victim'] = shelterCase.body.victimId;
    await ids404('staff.burgas', `/cases/${ids['case']}`);
    // The referral is answered: the social worker no longer reaches the person through it.
    await ids404('social.worker', `/cases/${ids['case']}`);
  });

  it('3. the shelter admits the person to a bed with consent; the admission completes the referral', async () => {
    const admittedAt = minutesAgo(30);
    const placement = await admit(t, 'staff.sofia', {
      caseId: ids['case'],
      facilityId: unit['SOF-SHELTER'],
      admittedAt,
      referralId: ids['referral'],
    });
    expect(placement.stayLimitDate).toBe(addDays(todayInSofia(new Date(admittedAt)), 30));
    ids['placement'] = placement.id;
    expect((await call(t, 'social.worker', 'get', `/referrals/${ids['referral']}`)).body.status).toBe('completed');

    const board = await call(t, 'staff.sofia', 'get', `/facilities/${unit['SOF-SHELTER']}/beds`);
    const held = board.body.filter((bed: { occupied: boolean }) => bed.occupied);
    expect(held).toEqual([
      expect.objectContaining({
        id: placement.bedId,
        occupiedBy: expect.objectContaining({ placementId: placement.id, stayLimitDate: placement.stayLimitDate }),
      }),
    ]);
    const facilities = await call(t, 'social.worker', 'get', '/facilities');
    expect(facilities.body.find((f: { code: string }) => f.code === 'SOF-SHELTER')).toMatchObject({
      capacity: 10,
      occupied: 1,
    });

    await ids404('staff.burgas', `/placements/${placement.id}`);
    expect((await call(t, 'staff.burgas', 'get', '/placements')).body.items).toEqual([]);
    expect((await call(t, 'monitor', 'get', `/placements/${placement.id}`)).status).toBe(200);
    expect((await call(t, 'social.worker', 'get', `/placements/${placement.id}`)).status).toBe(403);
  });

  it('4. the shelter extends the stay', async () => {
    const current = (await call(t, 'staff.sofia', 'get', `/placements/${ids['placement']}`)).body;
    const until = addDays(current.stayLimitDate, 30);
    const res = await call(t, 'staff.sofia', 'post', `/placements/${ids['placement']}/extend`, {
      until,
      reason: 'Court hearing next month',
      basis: 'ЗБТХ чл. 9 ал. 3',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stayLimitDate: until, initialLimitDate: current.stayLimitDate });
    expect(res.body.extensions).toEqual([
      expect.objectContaining({ previousLimitDate: current.stayLimitDate, newLimitDate: until, proposer: 'shelter' }),
    ]);
    expect(
      (
        await call(t, 'staff.burgas', 'post', `/placements/${ids['placement']}/extend`, {
          until: addDays(until, 1),
          reason: 'x',
          basis: 'y',
        })
      ).status,
    ).toBe(404);
  });

  it('5. discharge with an onward referral back to the social worker’s unit, in one step', async () => {
    const res = await call(t, 'staff.sofia', 'post', `/placements/${ids['placement']}/discharge`, {
      dischargedAt: minutesAgo(1),
      reason: 'goals_met',
      destination: 'other_service',
      onwardReferral: {
        toUnitId: unit['DSP-SOF'],
        reason: 'Social services at home',
        urgency: 'normal',
        consent: { given: true, date: todayInSofia() },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dischargeReason: 'goals_met',
      destination: 'other_service',
      onwardReferralId: expect.any(String),
      daysLeft: null,
    });
    ids['onward'] = res.body.onwardReferralId;

    expect(await inBox('social.worker', 'inbox')).toEqual([ids['onward']]);
    expect(await inBox('staff.sofia', 'outbox')).toEqual([ids['onward']]);
    await ids404('staff.burgas', `/referrals/${ids['onward']}`);
    const board = await call(t, 'staff.sofia', 'get', `/facilities/${unit['SOF-SHELTER']}/beds`);
    expect(board.body.every((bed: { occupied: boolean }) => !bed.occupied)).toBe(true);
  });

  it('6. while the onward referral is open the social worker sees the person; after it is done, no longer', async () => {
    expect((await call(t, 'social.worker', 'get', `/cases/${ids['case']}`)).status).toBe(200);
    const victim = await call(t, 'social.worker', 'get', `/victims/${ids['victim']}`);
    expect(victim.status).toBe(200);

    const accepted = await call(t, 'social.worker', 'post', `/referrals/${ids['onward']}/accept`, {});
    expect(accepted.body).toMatchObject({ status: 'accepted', caseId: ids['case'], resultCaseId: null });
    expect((await call(t, 'social.worker', 'get', `/cases/${ids['case']}`)).status).toBe(200);
    expect((await call(t, 'social.worker', 'post', `/referrals/${ids['onward']}/complete`)).body.status).toBe(
      'completed',
    );
    await ids404('social.worker', `/cases/${ids['case']}`);
    await ids404('social.worker', `/victims/${ids['victim']}`);
  });

  it('7. every step is on the case timeline and in the audit log', async () => {
    const timeline = await call(t, 'staff.sofia', 'get', `/cases/${ids['case']}/timeline?pageSize=100`);
    const kinds = timeline.body.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'case.opened',
        'referral.accepted',
        'referral.completed',
        'placement.admitted',
        'placement.extended',
        'placement.discharged',
        'referral.sent',
      ]),
    );
    const actions: Array<{ action: string }> = await t.db.query(
      `SELECT action FROM audit_log WHERE action LIKE 'referral.%' OR action LIKE 'placement.%' ORDER BY seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'referral.send',
      'referral.accept',
      'referral.complete',
      'placement.admit',
      'placement.extend',
      'referral.send',
      'placement.discharge',
      'referral.accept',
      'referral.complete',
    ]);
  });

  it('a referral of an existing case to another shelter opens a new case there, for the same person', async () => {
    const existing = await createCase(t, 'staff.sofia');
    const sent = await sendReferral(t, 'staff.sofia', {
      toUnitId: unit['BGS-SHELTER'],
      caseId: existing.id,
      reason: 'Safer in another city',
      urgency: 'emergency',
      consent: { given: true, date: todayInSofia() },
    });
    await ids404('staff.burgas', `/victims/${existing.victimId}`);
    const accepted = await call(t, 'staff.burgas', 'post', `/referrals/${sent.id}/accept`, {});
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      caseId: existing.id,
      resultCaseCode: expect.stringMatching(/^BGS-SHELTER-/),
    });
    const burgasCase = await call(t, 'staff.burgas', 'get', `/cases/${accepted.body.resultCaseId}`);
    expect(burgasCase.body).toMatchObject({
      victimId: existing.victimId,
      identifiedAt: '2026-01-10',
      exploitationForms: ['sexual_exploitation'],
    });
    // The receiving shelter now reads the person's identity, the one the sending shelter holds.
    const held = (await call(t, 'staff.sofia', 'get', `/victims/${existing.victimId}`)).body.identity;
    expect(held).toMatchObject({ firstName: 'Мария' });
    expect((await call(t, 'staff.burgas', 'get', `/victims/${existing.victimId}`)).body.identity).toEqual(held);
    await ids404('staff.burgas', `/cases/${existing.id}`);

    // Referred again while the Burgas case is open: the shelter links the case it holds, opens none.
    const again = await sendReferral(t, 'staff.sofia', {
      toUnitId: unit['BGS-SHELTER'],
      caseId: existing.id,
      reason: 'Back again',
      urgency: 'normal',
      consent: { given: true, date: todayInSofia() },
    });
    const linked = await call(t, 'staff.burgas', 'post', `/referrals/${again.id}/accept`, {});
    expect(linked.body.resultCaseId).toBe(accepted.body.resultCaseId);
  });

  it('accepting while the cases involved change at the same time: no deadlock, never a 500', async () => {
    for (let round = 0; round < 6; round++) {
      const sofiaCase = await createCase(t, 'staff.sofia');
      const consent = { given: true, date: todayInSofia() };
      const transfer = await sendReferral(t, 'staff.sofia', {
        toUnitId: unit['BGS-SHELTER'],
        caseId: sofiaCase.id,
        reason: 'x',
        urgency: 'normal',
        consent,
      });
      const newcomer = await sendReferral(t, 'social.worker', newPersonReferral(unit['BGS-SHELTER']));
      const results = await Promise.all([
        call(t, 'staff.burgas', 'post', `/referrals/${transfer.id}/accept`, {}),
        call(t, 'staff.burgas', 'post', `/referrals/${newcomer.id}/accept`, {}),
        call(t, 'staff.sofia', 'patch', `/cases/${sofiaCase.id}`, { transnational: true }),
        call(t, 'staff.sofia', 'post', '/referrals', {
          toUnitId: unit['DSP-SOF'],
          caseId: sofiaCase.id,
          reason: 'y',
          urgency: 'low',
          consent,
        }),
        createCase(t, 'staff.burgas').then(() => ({ status: 201 })),
      ]);
      expect(results.map((res) => res.status)).toEqual([200, 200, 200, 201, 201]);
    }
  });
});
