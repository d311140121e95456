import { DEMO_PASSWORD } from '@ibd/api/demo';
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
 * Bad input to every write endpoint of referrals and stays (docs/referrals-placements.md): a 400 whose
 * message names the field, never a 500.
 */
describe('referrals and placements: bad input', () => {
  let t: TestApp;
  let unit: Record<string, string>;
  let f: {
    sent: string;
    placement: string;
    bedCode: string;
    otherBed: string;
    varnaBed: string;
    burgasCase: string;
    centreUser: string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
    const stay = await admit(t, 'staff.sofia', {
      caseId: (await createCase(t, 'staff.sofia')).id,
      facilityId: unit['SOF-SHELTER'],
      admittedAt: minutesAgo(120),
    });
    const beds = async (code: string) =>
      (await t.db.query(`SELECT id FROM beds WHERE unit_id = $1 ORDER BY code DESC`, [unit[code]])).map(
        (b: { id: string }) => b.id,
      );
    const created = await call(t, 'admin', 'post', '/users', {
      username: 'staff.centre',
      displayName: 'Център',
      role: 'shelter_staff',
      unitId: unit['SOF-CENTRE'],
      password: DEMO_PASSWORD,
    });
    expect(created.status).toBe(201);
    f = {
      sent: (
        await sendReferral(t, 'social.worker', newPersonReferral(unit['SOF-SHELTER'], { victim: { sex: 'male' } }))
      ).id,
      placement: stay.id,
      bedCode: stay.bedCode,
      otherBed: (await beds('SOF-SHELTER'))[0],
      varnaBed: (await beds('VAR-SHELTER'))[0],
      burgasCase: (await createCase(t, 'staff.burgas')).id,
      centreUser: 'staff.centre',
    };
  });
  afterAll(() => t.close());

  type Case = [string, Method, () => string, () => object | undefined, string];
  const referral = (overrides: Record<string, unknown>) => ({
    ...newPersonReferral(unit['VAR-SHELTER']),
    ...overrides,
  });
  const placement = (overrides: Record<string, unknown>) => ({
    caseId: '00000000-0000-4000-8000-000000000000',
    facilityId: unit['SOF-SHELTER'],
    admittedAt: minutesAgo(1),
    consent: { given: true },
    ...overrides,
  });
  const onward = (overrides: Record<string, unknown>) => ({
    dischargedAt: minutesAgo(1),
    reason: 'goals_met',
    destination: 'home',
    onwardReferral: {
      toUnitId: unit['DSP-SOF'],
      reason: 'x',
      urgency: 'low',
      consent: { given: true, date: todayInSofia() },
      ...overrides,
    },
  });

  const CASES: Case[] = [
    ['POST /referrals: empty body', 'post', () => '/referrals', () => ({}), 'toUnitId'],
    [
      'POST /referrals: no consent',
      'post',
      () => '/referrals',
      () => referral({ consent: undefined }),
      'consent is required',
    ],
    [
      'POST /referrals: consent not given',
      'post',
      () => '/referrals',
      () => referral({ consent: { given: false, date: todayInSofia() } }),
      'consent.given must be true',
    ],
    [
      'POST /referrals: consent in the future',
      'post',
      () => '/referrals',
      () => referral({ consent: { given: true, date: '2999-01-01' } }),
      'consent.date',
    ],
    [
      'POST /referrals: consent date missing',
      'post',
      () => '/referrals',
      () => referral({ consent: { given: true } }),
      'consent.date',
    ],
    [
      'POST /referrals: neither case nor victim',
      'post',
      () => '/referrals',
      () => referral({ victim: undefined }),
      'caseId',
    ],
    [
      'POST /referrals: both case and victim',
      'post',
      () => '/referrals',
      () => referral({ caseId: f.burgasCase }),
      'victim must not be given together with caseId',
    ],
    [
      'POST /referrals: caseId not a UUID',
      'post',
      () => '/referrals',
      () => referral({ victim: undefined, caseId: 'case-7' }),
      'caseId',
    ],
    ['POST /referrals: bad sex', 'post', () => '/referrals', () => referral({ victim: { sex: 'x' } }), 'victim.sex'],
    [
      'POST /referrals: bad birth year',
      'post',
      () => '/referrals',
      () => referral({ victim: { sex: 'male', birthYear: 1800 } }),
      'victim.birthYear',
    ],
    [
      'POST /referrals: bad citizenship',
      'post',
      () => '/referrals',
      () => referral({ victim: { sex: 'male', citizenship: 'XX' } }),
      'victim.citizenship',
    ],
    [
      'POST /referrals: bad form',
      'post',
      () => '/referrals',
      () => referral({ victim: { sex: 'male', exploitationForms: ['slavery'] } }),
      'victim.exploitationForms',
    ],
    ['POST /referrals: bad urgency', 'post', () => '/referrals', () => referral({ urgency: 'asap' }), 'urgency'],
    ['POST /referrals: bad source', 'post', () => '/referrals', () => referral({ source: 'fbi' }), 'source'],
    [
      'POST /referrals: bad country',
      'post',
      () => '/referrals',
      () => referral({ transnational: { country: 'XX' } }),
      'transnational.country',
    ],
    ['POST /referrals: empty reason', 'post', () => '/referrals', () => referral({ reason: '  ' }), 'reason'],
    [
      'POST /referrals: long reason',
      'post',
      () => '/referrals',
      () => referral({ reason: 'x'.repeat(2001) }),
      'reason',
    ],
    [
      'POST /referrals: unknown field',
      'post',
      () => '/referrals',
      () => referral({ name: 'Мария' }),
      'property name should not exist',
    ],
    [
      'POST /referrals: unknown unit',
      'post',
      () => '/referrals',
      () => referral({ toUnitId: '00000000-0000-4000-8000-000000000000' }),
      'toUnitId',
    ],
    [
      'POST /referrals: own unit',
      'post',
      () => '/referrals',
      () => referral({ toUnitId: unit['SOF-SHELTER'] }),
      'toUnitId must be another unit',
    ],
    [
      'POST /referrals: administration',
      'post',
      () => '/referrals',
      () => referral({ toUnitId: unit['ANKBTH'] }),
      'toUnitId',
    ],
    [
      'POST /referrals: new person to an agency',
      'post',
      () => '/referrals',
      () => referral({ toUnitId: unit['DSP-SOF'] }),
      'victim',
    ],
    ['POST /referrals/:id/accept: bad id', 'post', () => '/referrals/abc/accept', () => ({}), 'id must be a UUID'],
    [
      'POST /referrals/:id/accept: bad form',
      'post',
      () => `/referrals/${f.sent}/accept`,
      () => ({ exploitationForms: ['x'] }),
      'exploitationForms',
    ],
    [
      'POST /referrals/:id/accept: bad date',
      'post',
      () => `/referrals/${f.sent}/accept`,
      () => ({ identifiedAt: '2026-13-01' }),
      'identifiedAt',
    ],
    [
      'POST /referrals/:id/accept: no form known',
      'post',
      () => `/referrals/${f.sent}/accept`,
      () => ({}),
      'exploitationForms is required',
    ],
    ['POST /referrals/:id/decline: no reason', 'post', () => `/referrals/${f.sent}/decline`, () => ({}), 'reason'],
    [
      'POST /referrals/:id/decline: unknown field',
      'post',
      () => `/referrals/${f.sent}/decline`,
      () => ({ reason: 'x', why: 'y' }),
      'property why should not exist',
    ],
    [
      'POST /referrals/:id/withdraw: bad id',
      'post',
      () => '/referrals/1/withdraw',
      () => undefined,
      'id must be a UUID',
    ],
    [
      'POST /referrals/:id/complete: bad id',
      'post',
      () => '/referrals/1/complete',
      () => undefined,
      'id must be a UUID',
    ],
    ['POST /placements: empty body', 'post', () => '/placements', () => ({}), 'facilityId'],
    [
      'POST /placements: no consent',
      'post',
      () => '/placements',
      () => placement({ consent: undefined }),
      'consent is required',
    ],
    [
      'POST /placements: consent not given',
      'post',
      () => '/placements',
      () => placement({ consent: { given: false } }),
      'consent.given must be true',
    ],
    [
      'POST /placements: admitted in the future',
      'post',
      () => '/placements',
      () => placement({ admittedAt: '2999-01-01T10:00:00Z' }),
      'admittedAt',
    ],
    [
      'POST /placements: no offset',
      'post',
      () => '/placements',
      () => placement({ admittedAt: '2026-11-20T10:00:00' }),
      'admittedAt',
    ],
    [
      'POST /placements: not a time',
      'post',
      () => '/placements',
      () => placement({ admittedAt: 'yesterday' }),
      'admittedAt',
    ],
    ['POST /placements: bedId not a UUID', 'post', () => '/placements', () => placement({ bedId: 'bed-1' }), 'bedId'],
    ['POST /placements: caseId not a UUID', 'post', () => '/placements', () => placement({ caseId: 7 }), 'caseId'],
    [
      'POST /placements: unknown field',
      'post',
      () => '/placements',
      () => placement({ room: 3 }),
      'property room should not exist',
    ],
    [
      'POST /placements/:id/extend: not a date',
      'post',
      () => `/placements/${f.placement}/extend`,
      () => ({ until: '2027-02-30', reason: 'x', basis: 'y' }),
      'until',
    ],
    [
      'POST /placements/:id/extend: not later',
      'post',
      () => `/placements/${f.placement}/extend`,
      () => ({ until: todayInSofia(), reason: 'x', basis: 'y' }),
      'until must be later',
    ],
    [
      'POST /placements/:id/extend: no reason',
      'post',
      () => `/placements/${f.placement}/extend`,
      () => ({ until: '2030-01-01', basis: 'y' }),
      'reason',
    ],
    [
      'POST /placements/:id/extend: no basis',
      'post',
      () => `/placements/${f.placement}/extend`,
      () => ({ until: '2030-01-01', reason: 'x' }),
      'basis',
    ],
    [
      'POST /placements/:id/extend: bad proposer',
      'post',
      () => `/placements/${f.placement}/extend`,
      () => ({ until: '2030-01-01', reason: 'x', basis: 'y', proposer: 'me' }),
      'proposer',
    ],
    [
      'POST /placements/:id/extend: bad id',
      'post',
      () => '/placements/x/extend',
      () => ({ until: '2030-01-01', reason: 'x', basis: 'y' }),
      'id must be a UUID',
    ],
    [
      'POST /placements/:id/discharge: before admission',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => ({ dischargedAt: '2020-01-01T10:00:00Z', reason: 'goals_met', destination: 'home' }),
      'dischargedAt',
    ],
    [
      'POST /placements/:id/discharge: in the future',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => ({ dischargedAt: '2999-01-01T10:00:00Z', reason: 'goals_met', destination: 'home' }),
      'dischargedAt',
    ],
    [
      'POST /placements/:id/discharge: bad reason',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => ({ dischargedAt: minutesAgo(1), reason: 'bored', destination: 'home' }),
      'reason',
    ],
    [
      'POST /placements/:id/discharge: bad destination',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => ({ dischargedAt: minutesAgo(1), reason: 'goals_met', destination: 'moon' }),
      'destination',
    ],
    [
      'POST /placements/:id/discharge: onward without consent',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => onward({ consent: undefined }),
      'onwardReferral.consent',
    ],
    [
      'POST /placements/:id/discharge: onward consent not given',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => onward({ consent: { given: false, date: todayInSofia() } }),
      'onwardReferral.consent.given',
    ],
    [
      'POST /placements/:id/discharge: onward bad unit',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => onward({ toUnitId: 'dsp' }),
      'onwardReferral.toUnitId',
    ],
    [
      'POST /placements/:id/discharge: onward to the own unit',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => onward({ toUnitId: unit['SOF-SHELTER'] }),
      'onwardReferral.toUnitId must be another unit',
    ],
    [
      'POST /placements/:id/discharge: onward to no unit',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => onward({ toUnitId: '00000000-0000-4000-8000-000000000000' }),
      'onwardReferral.toUnitId',
    ],
    [
      'POST /placements/:id/discharge: onward bad urgency',
      'post',
      () => `/placements/${f.placement}/discharge`,
      () => onward({ urgency: 'now' }),
      'onwardReferral.urgency',
    ],
    [
      'POST /placements/:id/move: no bed',
      'post',
      () => `/placements/${f.placement}/move`,
      () => ({ at: minutesAgo(1) }),
      'bedId',
    ],
    [
      'POST /placements/:id/move: in the future',
      'post',
      () => `/placements/${f.placement}/move`,
      () => ({ bedId: f.otherBed, at: '2999-01-01T00:00:00Z' }),
      'at',
    ],
    [
      'POST /placements/:id/move: before the current bed',
      'post',
      () => `/placements/${f.placement}/move`,
      () => ({ bedId: f.otherBed, at: '2020-01-01T00:00:00Z' }),
      'at must be after',
    ],
    [
      'POST /placements/:id/move: bed of another facility',
      'post',
      () => `/placements/${f.placement}/move`,
      () => ({ bedId: f.varnaBed, at: minutesAgo(1) }),
      'bedId must be a bed of the facility',
    ],
    [
      'POST /placements/:id/move: unknown bed',
      'post',
      () => `/placements/${f.placement}/move`,
      () => ({ bedId: '00000000-0000-4000-8000-000000000000', at: minutesAgo(1) }),
      'bedId',
    ],
    ['GET /referrals: bad box', 'get', () => '/referrals?box=spam', () => undefined, 'box'],
    ['GET /referrals: bad status', 'get', () => '/referrals?status=lost', () => undefined, 'status'],
    ['GET /referrals: page too large', 'get', () => '/referrals?pageSize=1000', () => undefined, 'pageSize'],
    ['GET /placements: bad active', 'get', () => '/placements?active=maybe', () => undefined, 'active'],
    ['GET /placements: bad facility', 'get', () => '/placements?facilityId=SOF', () => undefined, 'facilityId'],
    ['GET /alerts: bad kind', 'get', () => '/alerts?kind=fire', () => undefined, 'kind'],
  ];

  /** Who sends each request: the sender of the fixtures' referrals, or the Sofia shelter. */
  const userFor = (name: string): string => {
    if (name.includes('own unit') || name.includes('to an agency')) return 'staff.sofia';
    if (name.startsWith('POST /referrals:') || name.startsWith('GET /referrals') || name.includes('/withdraw'))
      return 'social.worker';
    return 'staff.sofia';
  };

  it.each(CASES.map((c) => [c[0], c] as const))(
    '%s -> 400 naming the field',
    async (name, [, method, path, body, field]) => {
      const res = await call(t, userFor(name), method, path(), body());
      expect({ status: res.status, namesField: JSON.stringify(res.body.message).includes(field) }).toEqual({
        status: 400,
        namesField: true,
      });
    },
  );

  it('a support centre has no beds -> 400; a bed of another facility -> 400; a referral that does not fit -> 400', async () => {
    const centreCase = await createCase(t, f.centreUser);
    const centre = await call(
      t,
      f.centreUser,
      'post',
      '/placements',
      placement({ caseId: centreCase.id, facilityId: unit['SOF-CENTRE'] }),
    );
    expect(centre.status).toBe(400);
    expect(centre.body.message).toEqual([
      'facilityId must be a residential facility: a support centre or agency has no beds',
    ]);
    const sofiaCase = await createCase(t, 'staff.sofia');
    const wrongBed = await call(
      t,
      'staff.sofia',
      'post',
      '/placements',
      placement({ caseId: sofiaCase.id, bedId: f.varnaBed }),
    );
    expect(wrongBed.body).toMatchObject({ statusCode: 400, message: ['bedId must be a bed of the facility'] });
    const wrongReferral = await call(
      t,
      'staff.sofia',
      'post',
      '/placements',
      placement({ caseId: sofiaCase.id, referralId: f.sent }),
    );
    expect(wrongReferral.body).toMatchObject({
      statusCode: 400,
      message: ['referralId must be a referral the facility accepted for this case'],
    });
  });

  it('conflicts are 409 with a reason: a taken bed, a duplicate open referral, a change to a discharged stay', async () => {
    const [{ bed_id: takenBed }] = await t.db.query(`SELECT bed_id FROM bed_assignments WHERE placement_id = $1`, [
      f.placement,
    ]);
    const other = await admit(t, 'staff.sofia', {
      caseId: (await createCase(t, 'staff.sofia')).id,
      facilityId: unit['SOF-SHELTER'],
    });
    const move = await call(t, 'staff.sofia', 'post', `/placements/${other.id}/move`, {
      bedId: takenBed,
      at: minutesAgo(1),
    });
    expect(move.body).toMatchObject({ statusCode: 409, message: 'The bed is taken for that period' });

    const c = await createCase(t, 'staff.sofia');
    const body = {
      toUnitId: unit['DSP-SOF'],
      caseId: c.id,
      reason: 'x',
      urgency: 'low',
      consent: { given: true, date: todayInSofia() },
    };
    await sendReferral(t, 'staff.sofia', body);
    expect((await call(t, 'staff.sofia', 'post', '/referrals', body)).body).toMatchObject({
      statusCode: 409,
      message: 'This case already has an unanswered referral to that unit',
    });

    await call(t, 'staff.sofia', 'post', `/placements/${other.id}/discharge`, {
      dischargedAt: minutesAgo(0.5),
      reason: 'own_decision',
      destination: 'unknown',
    });
    const late = await call(t, 'staff.sofia', 'post', `/placements/${other.id}/extend`, {
      until: '2030-01-01',
      reason: 'x',
      basis: 'y',
    });
    expect(late.body).toMatchObject({ statusCode: 409, message: 'The stay has ended: the resident was discharged' });
  });
});
