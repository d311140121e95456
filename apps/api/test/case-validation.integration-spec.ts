import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * Bad input for every write endpoint of the case records (docs/case-records.md, "Endpoints") and the
 * list queries: 400 with the message of the rule broken, which names the field; never a 500.
 */
const future = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
const long = (n: number) => 'я'.repeat(n);
const NOT_UUID = 'not-a-uuid';

interface Ids {
  victim: string;
  case: string;
  task: string;
  item: string;
}

type Case = [string, (ids: Ids) => string, object | unknown[], string[]];

const victimBody = (patch: object = {}, identityPatch: object = {}) => ({
  sex: 'female',
  citizenship: 'BG',
  identity: { firstName: 'Ана', lastName: 'Бад', ...identityPatch },
  ...patch,
});
const caseBody = (ids: Ids, patch: object = {}) => ({
  victimId: ids.victim,
  identifiedAt: '2026-01-10',
  identifiedBy: 'police',
  exploitationForms: ['other'],
  ...patch,
});

const POSTS: Array<[string, (ids: Ids) => string, (ids: Ids) => object | unknown[], string[]]> = [
  ['an unknown field', () => '/victims', () => victimBody({ nickname: 'x' }), ['property nickname should not exist']],
  [
    'an unknown identity field',
    () => '/victims',
    () => victimBody({}, { nickname: 'x' }),
    ['identity.property nickname should not exist'],
  ],
  ['no identity', () => '/victims', () => ({ sex: 'female' }), ['identity must be an object']],
  [
    'identity as a string',
    () => '/victims',
    () => ({ sex: 'female', identity: 'Ана Бад' }),
    ['identity must be an object'],
  ],
  [
    'a wrong sex',
    () => '/victims',
    () => victimBody({ sex: 'f' }),
    ['sex must be one of the following values: female, male, other, unknown'],
  ],
  [
    'a number for a name',
    () => '/victims',
    () => victimBody({}, { firstName: 42 }),
    ['identity.firstName must be a string'],
  ],
  [
    'an over-long last name',
    () => '/victims',
    () => victimBody({}, { lastName: long(101) }),
    ['identity.lastName must be shorter than or equal to 100 characters'],
  ],
  [
    'an empty first name',
    () => '/victims',
    () => victimBody({}, { firstName: '  ' }),
    ['identity.firstName must be longer than or equal to 1 characters'],
  ],
  [
    'an invalid ЕГН checksum',
    () => '/victims',
    () => victimBody({}, { personalNumber: '7503169268' }),
    ['identity.personalNumber is not a valid ЕГН (10 digits, date and checksum)'],
  ],
  [
    'an ЕГН with an impossible date',
    () => '/victims',
    () => victimBody({}, { personalNumber: '7502309262' }),
    ['identity.personalNumber is not a valid ЕГН (10 digits, date and checksum)'],
  ],
  [
    'an invalid ЛНЧ',
    () => '/victims',
    () => victimBody({}, { personalNumber: '1234567890', personalNumberType: 'lnch' }),
    ['identity.personalNumber is not a valid ЛНЧ (10 digits, date and checksum)'],
  ],
  [
    'a personal number of letters',
    () => '/victims',
    () => victimBody({}, { personalNumber: 'ABCDEFGHIJ' }),
    ['identity.personalNumber is not a valid ЕГН (10 digits, date and checksum)'],
  ],
  [
    'a birth date in the future',
    () => '/victims',
    () => victimBody({}, { dateOfBirth: future() }),
    ['identity.dateOfBirth must be a date YYYY-MM-DD from 1900-01-01 up to today'],
  ],
  [
    'a birth date that does not exist',
    () => '/victims',
    () => victimBody({}, { dateOfBirth: '1990-02-30' }),
    ['identity.dateOfBirth must be a date YYYY-MM-DD from 1900-01-01 up to today'],
  ],
  [
    'a bad email',
    () => '/victims',
    () => victimBody({}, { emails: ['not-an-email'] }),
    ['identity.each value in emails must be an email'],
  ],
  [
    'too many addresses',
    () => '/victims',
    () => victimBody({}, { addresses: Array(6).fill('x') }),
    ['identity.addresses must contain no more than 5 elements'],
  ],
  [
    'a bad document',
    () => '/victims',
    () => victimBody({}, { documents: [{ type: 'visa', number: 'X', extra: 1 }] }),
    [
      'identity.documents.0.type must be one of the following values: passport, id_card, residence_permit, birth_certificate, other',
      'identity.documents.0.property extra should not exist',
    ],
  ],
  [
    'an unknown citizenship',
    () => '/victims',
    () => victimBody({ citizenship: 'XX' }),
    ['citizenship must be a valid ISO31661 Alpha2 code'],
  ],
  [
    'a birth year in words',
    () => '/victims',
    () => victimBody({ birthYear: 'nineteen' }),
    ['birthYear must be an integer number'],
  ],
  [
    'bad languages',
    () => '/victims',
    () => victimBody({ languages: ['Bulgarian'] }),
    ['each of languages must be an ISO 639 code'],
  ],
  [
    'an array body',
    () => '/victims',
    () => [1, 2],
    ['identity must be an object', 'sex must be one of the following values: female, male, other, unknown'],
  ],

  [
    'a victim id that is not a UUID',
    () => '/cases',
    (ids) => caseBody(ids, { victimId: NOT_UUID }),
    ['victimId must be a UUID'],
  ],
  [
    'a facility id that is not a UUID',
    () => '/cases',
    (ids) => caseBody(ids, { facilityId: 12 }),
    ['facilityId must be a UUID'],
  ],
  [
    'an identification date in the future',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedAt: future() }),
    ['identifiedAt must be a date YYYY-MM-DD from 1900-01-01 up to today'],
  ],
  [
    'an identification date as a timestamp',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedAt: '2026-01-10T10:00:00Z' }),
    ['identifiedAt must be a date YYYY-MM-DD from 1900-01-01 up to today'],
  ],
  [
    'an identification before birth',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedAt: '1975-03-15' }),
    ['identifiedAt must not be before the date of birth'],
  ],
  [
    'a formal identification before birth',
    () => '/cases',
    (ids) => caseBody(ids, { formalIdentifiedAt: '1970-01-01', formalIdentifiedBy: 'prosecution' }),
    ['formalIdentifiedAt must not be before the date of birth'],
  ],
  [
    'a formal date without its organisation',
    () => '/cases',
    (ids) => caseBody(ids, { formalIdentifiedAt: '2026-01-11' }),
    ['formalIdentifiedAt and formalIdentifiedBy must be given together'],
  ],
  [
    'an unknown source',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedBy: 'fbi' }),
    [
      'identifiedBy must be one of the following values: police, border_police, prosecution, social_assistance, child_protection_agency, consulate, local_commission, ngo, iom, hotline, self_referral, foreign_authority, other',
    ],
  ],
  [
    'no forms of exploitation',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationForms: [] }),
    ['exploitationForms must contain at least 1 elements'],
  ],
  [
    'an unknown form of exploitation',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationForms: ['piracy'] }),
    [
      'each value in exploitationForms must be one of the following values: sexual_exploitation, forced_labour, forced_begging, criminal_activities, organ_removal, forced_marriage, illegal_adoption, surrogacy, servitude, benefit_fraud, other',
    ],
  ],
  [
    'forms as a string',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationForms: 'other' }),
    ['exploitationForms must be an array'],
  ],
  [
    'an unknown country',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationCountries: ['ZZ'] }),
    ['each value in exploitationCountries must be a valid ISO31661 Alpha2 code'],
  ],
  [
    'transnational as a string',
    () => '/cases',
    (ids) => caseBody(ids, { transnational: 'yes' }),
    ['transnational must be a boolean value'],
  ],
  [
    'an unknown case field',
    () => '/cases',
    (ids) => caseBody(ids, { status: 'closed' }),
    ['property status should not exist'],
  ],

  [
    'no closure reason',
    (ids) => `/cases/${ids.case}/close`,
    () => ({}),
    [
      'reason must be one of the following values: goals_met, moved_on, returned_abroad, lost_contact, declined_support, other',
    ],
  ],
  [
    'an unknown closure reason',
    (ids) => `/cases/${ids.case}/close`,
    () => ({ reason: 'bored' }),
    [
      'reason must be one of the following values: goals_met, moved_on, returned_abroad, lost_contact, declined_support, other',
    ],
  ],
  [
    'a closure with an unknown field',
    (ids) => `/cases/${ids.case}/close`,
    () => ({ reason: 'other', note: 'x' }),
    ['property note should not exist'],
  ],
  ['a non-UUID case id to close', () => `/cases/${NOT_UUID}/close`, () => ({ reason: 'other' }), ['id must be a UUID']],
  ['a non-UUID case id to activate', () => `/cases/${NOT_UUID}/activate`, () => ({}), ['id must be a UUID']],
  ['a non-UUID case id to reopen', () => `/cases/${NOT_UUID}/reopen`, () => ({}), ['id must be a UUID']],
  ['a non-UUID task id', (ids) => `/cases/${ids.case}/tasks/${NOT_UUID}/done`, () => ({}), ['taskId must be a UUID']],

  [
    'an unknown plan item kind',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'wish', text: 'x' }),
    ['kind must be one of the following values: need, risk, goal'],
  ],
  [
    'an over-long plan text',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'need', text: long(2001) }),
    ['text must be shorter than or equal to 2000 characters'],
  ],
  [
    'a plan deadline that is not a date',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'goal', text: 'x', dueOn: 'soon' }),
    ['dueOn must be a date YYYY-MM-DD'],
  ],
  [
    'an over-long responsible',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'goal', text: 'x', responsible: long(201) }),
    ['responsible must be shorter than or equal to 200 characters'],
  ],
  [
    'a plan item with an unknown field',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'need', text: 'x', owner: 'y' }),
    ['property owner should not exist'],
  ],
  [
    'a review in the future',
    (ids) => `/cases/${ids.case}/plan/reviews`,
    () => ({ reviewedOn: future(), summary: 'x' }),
    ['reviewedOn must be a date YYYY-MM-DD from 1900-01-01 up to today'],
  ],
  [
    'an over-long review',
    (ids) => `/cases/${ids.case}/plan/reviews`,
    () => ({ reviewedOn: '2026-01-12', summary: long(4001) }),
    ['summary must be shorter than or equal to 4000 characters'],
  ],
  [
    'a next review before the review',
    (ids) => `/cases/${ids.case}/plan/reviews`,
    () => ({ reviewedOn: '2026-01-12', summary: 'x', nextReviewOn: '2026-01-11' }),
    ['nextReviewOn must be after reviewedOn'],
  ],

  [
    'a duration of 0',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 0 }),
    ['durationMinutes must not be less than 1'],
  ],
  [
    'a duration over a day',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 1441 }),
    ['durationMinutes must not be greater than 1440'],
  ],
  [
    'a duration as a string',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: '30' }),
    ['durationMinutes must be an integer number'],
  ],
  [
    'a fractional duration',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 1.5 }),
    ['durationMinutes must be an integer number'],
  ],
  [
    'a service in the future',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: new Date(Date.now() + 3_600_000).toISOString(), durationMinutes: 5 }),
    ['providedAt must be an ISO 8601 timestamp with offset, not in the future'],
  ],
  [
    'a service time without offset',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12 10:00', durationMinutes: 5 }),
    ['providedAt must be an ISO 8601 timestamp with offset, not in the future'],
  ],
  [
    'a malformed service type',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'Medical Care', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5 }),
    ['type must be a service type code'],
  ],
  [
    'over-long notes',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5, notes: long(1001) }),
    ['notes must be shorter than or equal to 1000 characters'],
  ],
  [
    'a service with an unknown field',
    (ids) => `/cases/${ids.case}/services`,
    (ids) => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5, staffId: ids.victim }),
    ['property staffId should not exist'],
  ],
  [
    'a non-UUID case for a service',
    () => `/cases/${NOT_UUID}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5 }),
    ['id must be a UUID'],
  ],
];

const PATCHES: Case[] = [
  ['a non-UUID victim id', () => `/victims/${NOT_UUID}`, { sex: 'male' }, ['id must be a UUID']],
  ['an unknown victim field', (ids) => `/victims/${ids.victim}`, { code: 'V-1' }, ['property code should not exist']],
  [
    'an invalid ЕГН on update',
    (ids) => `/victims/${ids.victim}`,
    { identity: { firstName: 'A', lastName: 'B', personalNumber: '1111111111' } },
    ['identity.personalNumber is not a valid ЕГН (10 digits, date and checksum)'],
  ],
  [
    'an incomplete identity on update',
    (ids) => `/victims/${ids.victim}`,
    { identity: { firstName: 'A' } },
    ['identity.lastName must be a string'],
  ],
  ['a non-UUID case id', () => `/cases/${NOT_UUID}`, { transnational: true }, ['id must be a UUID']],
  [
    'a future identification on update',
    (ids) => `/cases/${ids.case}`,
    { identifiedAt: future() },
    ['identifiedAt must be a date YYYY-MM-DD from 1900-01-01 up to today'],
  ],
  [
    'an identification before birth on update',
    (ids) => `/cases/${ids.case}`,
    { identifiedAt: '1975-01-01' },
    ['identifiedAt must not be before the date of birth'],
  ],
  ['a status through PATCH', (ids) => `/cases/${ids.case}`, { status: 'closed' }, ['property status should not exist']],
  [
    'a case victim through PATCH',
    (ids) => `/cases/${ids.case}`,
    { victimId: '00000000-0000-4000-8000-000000000000' },
    ['property victimId should not exist'],
  ],
  [
    'a non-UUID plan item id',
    (ids) => `/cases/${ids.case}/plan/items/${NOT_UUID}`,
    { status: 'open' },
    ['itemId must be a UUID'],
  ],
  [
    'an unknown plan status',
    (ids) => `/cases/${ids.case}/plan/items/${ids.item}`,
    { status: 'finished' },
    ['status must be one of the following values: open, achieved, dropped'],
  ],
  [
    'a plan kind change',
    (ids) => `/cases/${ids.case}/plan/items/${ids.item}`,
    { kind: 'risk' },
    ['property kind should not exist'],
  ],
];

const QUERIES: Array<[string, string, string[]]> = [
  ['a page size over 100', '/cases?pageSize=101', ['pageSize must not be greater than 100']],
  ['page 0', '/cases?page=0', ['page must not be less than 1']],
  [
    'a page past any offset the database takes',
    '/cases?page=1000000000000000000',
    ['page must not be greater than 1000000'],
  ],
  ['an unknown status', '/cases?status=archived', ['status must be one of the following values: open, active, closed']],
  ['a non-UUID facility', '/cases?facilityId=SOF', ['facilityId must be a UUID']],
  ['child as a word', '/cases?child=maybe', ['child must be a boolean value']],
  ['a bad date', '/cases?identifiedFrom=yesterday', ['identifiedFrom must be a date YYYY-MM-DD']],
  [
    'an unknown form',
    '/cases?exploitationForm=piracy',
    [
      'exploitationForm must be one of the following values: sexual_exploitation, forced_labour, forced_begging, criminal_activities, organ_removal, forced_marriage, illegal_adoption, surrogacy, servitude, benefit_fraud, other',
    ],
  ],
  ['an over-long search', `/cases?q=${'a'.repeat(201)}`, ['q must be shorter than or equal to 200 characters']],
  ['an unknown filter', '/cases?name=Maria', ['property name should not exist']],
  [
    'a timeline page size over 100',
    '/cases/00000000-0000-4000-8000-000000000000/timeline?pageSize=500',
    ['pageSize must not be greater than 100'],
  ],
];

describe('bad input to case records', () => {
  let t: TestApp;
  let as: Record<DemoUsername, { Authorization: string }>;
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    as = await signInAll(t);
    const victim = await createVictim(t, 'staff.sofia', { identity: identity({ personalNumber: EGN.adult.number }) });
    const opened = await createCase(t, 'staff.sofia', { victimId: victim.id });
    const child = await createCase(t, 'staff.sofia', {
      victimId: (await createVictim(t, 'staff.sofia', { birthYear: 2012 })).id,
    });
    const tasks = await t.http.get(`/api/v1/cases/${child.id}/tasks`).set(as['staff.sofia']).expect(200);
    const item = await t.http
      .post(`/api/v1/cases/${opened.id}/plan/items`)
      .set(as['staff.sofia'])
      .send({ kind: 'need', text: 'x' })
      .expect(201);
    ids = { victim: victim.id, case: opened.id, task: tasks.body[0].id, item: item.body.id };
  });
  afterAll(() => t.close());

  /** A 400 whose messages include each rule the row breaks (others may come with them). */
  const expectRefused = (res: { status: number; body: { message: string | string[] } }, rules: string[]) => {
    expect(res.status).toBe(400);
    expect([res.body.message].flat()).toEqual(expect.arrayContaining(rules));
  };

  it.each(POSTS)('POST refuses %s', async (_case, path, body, rules) => {
    const res = await t.http
      .post(`/api/v1${path(ids)}`)
      .set(as['staff.sofia'])
      .send(body(ids) as object);
    expectRefused(res, rules);
  });

  it.each(PATCHES)('PATCH refuses %s', async (_case, path, body, rules) => {
    const res = await t.http
      .patch(`/api/v1${path(ids)}`)
      .set(as['staff.sofia'])
      .send(body);
    expectRefused(res, rules);
  });

  it.each(QUERIES)('GET refuses %s', async (_case, path, rules) => {
    const res = await t.http.get(`/api/v1${path}`).set(as.monitor);
    expectRefused(res, rules);
  });

  it.each([
    [
      { code: 'Bad Code', nameBg: 'x', nameEn: 'x' },
      ['code must be 2-48 characters: lowercase latin letters, digits, underscore'],
    ],
    [{ code: 'ok_code', nameEn: 'x' }, ['nameBg must be a string']],
    [{ code: 'ok_code', nameBg: 'x', nameEn: long(201) }, ['nameEn must be shorter than or equal to 200 characters']],
    [{ code: 'ok_code', nameBg: 'x', nameEn: 'x', active: false }, ['property active should not exist']],
  ])('POST /service-types refuses %j', async (body, rules) => {
    expectRefused(await t.http.post('/api/v1/service-types').set(as.admin).send(body), rules);
  });

  it.each([
    ['entity=Case;DROP', ['entity must be an entity name such as case or victim']],
    ['actorId=1', ['actorId must be a UUID']],
    ['from=last-week', ['from must be a valid ISO 8601 date string']],
    ['entityId=a%20b', ['entityId must be an id or a code']],
  ])('GET /audit refuses %s', async (query, rules) => {
    expectRefused(await t.http.get(`/api/v1/audit?${query}`).set(as.auditor), rules);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.http
      .post('/api/v1/victims')
      .set(as['staff.sofia'])
      .set('Content-Type', 'application/json')
      .send('{"sex": "female",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, message: 'The request body is not valid JSON (at position 17)' });
  });

  it('never quotes a malformed body back', async () => {
    const res = await t.http
      .post('/api/v1/victims')
      .set(as['staff.sofia'])
      .set('Content-Type', 'application/json')
      .send('Ivan Petrov, 8001011234');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ statusCode: 400, message: 'The request body is not valid JSON', error: 'Bad Request' });
  });
});
