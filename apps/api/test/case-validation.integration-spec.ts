import { createCase, createVictim, DemoUsername, EGN, identity, signInAll } from './case-fixtures';
import { expectFieldNamed } from './field-messages';
import { createTestApp, TestApp } from './test-app';

/**
 * Bad input for every write endpoint of the case records (docs/case-records.md, "Endpoints") and the
 * list queries: 400 naming the field, never a 500.
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
  ['an unknown field', () => '/victims', () => victimBody({ nickname: 'x' }), ['nickname']],
  ['an unknown identity field', () => '/victims', () => victimBody({}, { nickname: 'x' }), ['identity.', 'nickname']],
  ['no identity', () => '/victims', () => ({ sex: 'female' }), ['identity']],
  ['identity as a string', () => '/victims', () => ({ sex: 'female', identity: 'Ана Бад' }), ['identity']],
  ['a wrong sex', () => '/victims', () => victimBody({ sex: 'f' }), ['sex']],
  ['a number for a name', () => '/victims', () => victimBody({}, { firstName: 42 }), ['identity.firstName']],
  ['an over-long last name', () => '/victims', () => victimBody({}, { lastName: long(101) }), ['identity.lastName']],
  ['an empty first name', () => '/victims', () => victimBody({}, { firstName: '  ' }), ['identity.firstName']],
  [
    'an invalid ЕГН checksum',
    () => '/victims',
    () => victimBody({}, { personalNumber: '7503169268' }),
    ['identity.personalNumber'],
  ],
  [
    'an ЕГН with an impossible date',
    () => '/victims',
    () => victimBody({}, { personalNumber: '7502309262' }),
    ['identity.personalNumber'],
  ],
  [
    'an invalid ЛНЧ',
    () => '/victims',
    () => victimBody({}, { personalNumber: '1234567890', personalNumberType: 'lnch' }),
    ['identity.personalNumber'],
  ],
  [
    'a personal number of letters',
    () => '/victims',
    () => victimBody({}, { personalNumber: 'ABCDEFGHIJ' }),
    ['identity.personalNumber'],
  ],
  [
    'a birth date in the future',
    () => '/victims',
    () => victimBody({}, { dateOfBirth: future() }),
    ['identity.dateOfBirth'],
  ],
  [
    'a birth date that does not exist',
    () => '/victims',
    () => victimBody({}, { dateOfBirth: '1990-02-30' }),
    ['identity.dateOfBirth'],
  ],
  ['a bad email', () => '/victims', () => victimBody({}, { emails: ['not-an-email'] }), ['identity.', 'emails']],
  [
    'too many addresses',
    () => '/victims',
    () => victimBody({}, { addresses: Array(6).fill('x') }),
    ['identity.addresses'],
  ],
  [
    'a bad document',
    () => '/victims',
    () => victimBody({}, { documents: [{ type: 'visa', number: 'X', extra: 1 }] }),
    ['identity.documents.0.type', 'identity.documents.0.', 'extra'],
  ],
  ['an unknown citizenship', () => '/victims', () => victimBody({ citizenship: 'XX' }), ['citizenship']],
  ['a birth year in words', () => '/victims', () => victimBody({ birthYear: 'nineteen' }), ['birthYear']],
  ['bad languages', () => '/victims', () => victimBody({ languages: ['Bulgarian'] }), ['languages']],
  ['an array body', () => '/victims', () => [1, 2], ['sex']],

  ['a victim id that is not a UUID', () => '/cases', (ids) => caseBody(ids, { victimId: NOT_UUID }), ['victimId']],
  ['a facility id that is not a UUID', () => '/cases', (ids) => caseBody(ids, { facilityId: 12 }), ['facilityId']],
  [
    'an identification date in the future',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedAt: future() }),
    ['identifiedAt'],
  ],
  [
    'an identification date as a timestamp',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedAt: '2026-01-10T10:00:00Z' }),
    ['identifiedAt'],
  ],
  [
    'an identification before birth',
    () => '/cases',
    (ids) => caseBody(ids, { identifiedAt: '1975-03-15' }),
    ['identifiedAt'],
  ],
  [
    'a formal identification before birth',
    () => '/cases',
    (ids) => caseBody(ids, { formalIdentifiedAt: '1970-01-01', formalIdentifiedBy: 'prosecution' }),
    ['formalIdentifiedAt'],
  ],
  [
    'a formal date without its organisation',
    () => '/cases',
    (ids) => caseBody(ids, { formalIdentifiedAt: '2026-01-11' }),
    ['formalIdentifiedBy'],
  ],
  ['an unknown source', () => '/cases', (ids) => caseBody(ids, { identifiedBy: 'fbi' }), ['identifiedBy']],
  [
    'no forms of exploitation',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationForms: [] }),
    ['exploitationForms'],
  ],
  [
    'an unknown form of exploitation',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationForms: ['piracy'] }),
    ['exploitationForms'],
  ],
  ['forms as a string', () => '/cases', (ids) => caseBody(ids, { exploitationForms: 'other' }), ['exploitationForms']],
  [
    'an unknown country',
    () => '/cases',
    (ids) => caseBody(ids, { exploitationCountries: ['ZZ'] }),
    ['exploitationCountries'],
  ],
  ['transnational as a string', () => '/cases', (ids) => caseBody(ids, { transnational: 'yes' }), ['transnational']],
  ['an unknown case field', () => '/cases', (ids) => caseBody(ids, { status: 'closed' }), ['status']],

  ['no closure reason', (ids) => `/cases/${ids.case}/close`, () => ({}), ['reason']],
  ['an unknown closure reason', (ids) => `/cases/${ids.case}/close`, () => ({ reason: 'bored' }), ['reason']],
  [
    'a closure with an unknown field',
    (ids) => `/cases/${ids.case}/close`,
    () => ({ reason: 'other', note: 'x' }),
    ['note'],
  ],
  ['a non-UUID case id to close', () => `/cases/${NOT_UUID}/close`, () => ({ reason: 'other' }), ['id']],
  ['a non-UUID case id to activate', () => `/cases/${NOT_UUID}/activate`, () => ({}), ['id']],
  ['a non-UUID case id to reopen', () => `/cases/${NOT_UUID}/reopen`, () => ({}), ['id']],
  ['a non-UUID task id', (ids) => `/cases/${ids.case}/tasks/${NOT_UUID}/done`, () => ({}), ['taskId']],

  [
    'an unknown plan item kind',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'wish', text: 'x' }),
    ['kind'],
  ],
  [
    'an over-long plan text',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'need', text: long(2001) }),
    ['text'],
  ],
  [
    'a plan deadline that is not a date',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'goal', text: 'x', dueOn: 'soon' }),
    ['dueOn'],
  ],
  [
    'an over-long responsible',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'goal', text: 'x', responsible: long(201) }),
    ['responsible'],
  ],
  [
    'a plan item with an unknown field',
    (ids) => `/cases/${ids.case}/plan/items`,
    () => ({ kind: 'need', text: 'x', owner: 'y' }),
    ['owner'],
  ],
  [
    'a review in the future',
    (ids) => `/cases/${ids.case}/plan/reviews`,
    () => ({ reviewedOn: future(), summary: 'x' }),
    ['reviewedOn'],
  ],
  [
    'an over-long review',
    (ids) => `/cases/${ids.case}/plan/reviews`,
    () => ({ reviewedOn: '2026-01-12', summary: long(4001) }),
    ['summary'],
  ],
  [
    'a next review before the review',
    (ids) => `/cases/${ids.case}/plan/reviews`,
    () => ({ reviewedOn: '2026-01-12', summary: 'x', nextReviewOn: '2026-01-11' }),
    ['nextReviewOn'],
  ],

  [
    'a duration of 0',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 0 }),
    ['durationMinutes'],
  ],
  [
    'a duration over a day',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 1441 }),
    ['durationMinutes'],
  ],
  [
    'a duration as a string',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: '30' }),
    ['durationMinutes'],
  ],
  [
    'a fractional duration',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 1.5 }),
    ['durationMinutes'],
  ],
  [
    'a service in the future',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: new Date(Date.now() + 3_600_000).toISOString(), durationMinutes: 5 }),
    ['providedAt'],
  ],
  [
    'a service time without offset',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12 10:00', durationMinutes: 5 }),
    ['providedAt'],
  ],
  [
    'a malformed service type',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'Medical Care', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5 }),
    ['type'],
  ],
  [
    'over-long notes',
    (ids) => `/cases/${ids.case}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5, notes: long(1001) }),
    ['notes'],
  ],
  [
    'a service with an unknown field',
    (ids) => `/cases/${ids.case}/services`,
    (ids) => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5, staffId: ids.victim }),
    ['staffId'],
  ],
  [
    'a non-UUID case for a service',
    () => `/cases/${NOT_UUID}/services`,
    () => ({ type: 'medical', providedAt: '2026-01-12T10:00:00Z', durationMinutes: 5 }),
    ['id'],
  ],
];

const PATCHES: Case[] = [
  ['a non-UUID victim id', () => `/victims/${NOT_UUID}`, { sex: 'male' }, ['id']],
  ['an unknown victim field', (ids) => `/victims/${ids.victim}`, { code: 'V-1' }, ['code']],
  [
    'an invalid ЕГН on update',
    (ids) => `/victims/${ids.victim}`,
    { identity: { firstName: 'A', lastName: 'B', personalNumber: '1111111111' } },
    ['identity.personalNumber'],
  ],
  [
    'an incomplete identity on update',
    (ids) => `/victims/${ids.victim}`,
    { identity: { firstName: 'A' } },
    ['identity.lastName'],
  ],
  ['a non-UUID case id', () => `/cases/${NOT_UUID}`, { transnational: true }, ['id']],
  ['a future identification on update', (ids) => `/cases/${ids.case}`, { identifiedAt: future() }, ['identifiedAt']],
  [
    'an identification before birth on update',
    (ids) => `/cases/${ids.case}`,
    { identifiedAt: '1975-01-01' },
    ['identifiedAt'],
  ],
  ['a status through PATCH', (ids) => `/cases/${ids.case}`, { status: 'closed' }, ['status']],
  [
    'a case victim through PATCH',
    (ids) => `/cases/${ids.case}`,
    { victimId: '00000000-0000-4000-8000-000000000000' },
    ['victimId'],
  ],
  ['a non-UUID plan item id', (ids) => `/cases/${ids.case}/plan/items/${NOT_UUID}`, { status: 'open' }, ['itemId']],
  ['an unknown plan status', (ids) => `/cases/${ids.case}/plan/items/${ids.item}`, { status: 'finished' }, ['status']],
  ['a plan kind change', (ids) => `/cases/${ids.case}/plan/items/${ids.item}`, { kind: 'risk' }, ['kind']],
];

const QUERIES: Array<[string, string, string[]]> = [
  ['a page size over 100', '/cases?pageSize=101', ['pageSize']],
  ['page 0', '/cases?page=0', ['page']],
  ['a page past any offset the database takes', '/cases?page=1000000000000000000', ['page']],
  ['an unknown status', '/cases?status=archived', ['status']],
  ['a non-UUID facility', '/cases?facilityId=SOF', ['facilityId']],
  ['child as a word', '/cases?child=maybe', ['child']],
  ['a bad date', '/cases?identifiedFrom=yesterday', ['identifiedFrom']],
  ['an unknown form', '/cases?exploitationForm=piracy', ['exploitationForm']],
  ['an over-long search', `/cases?q=${'a'.repeat(201)}`, ['q']],
  ['an unknown filter', '/cases?name=Maria', ['name']],
  ['a timeline page size over 100', '/cases/00000000-0000-4000-8000-000000000000/timeline?pageSize=500', ['pageSize']],
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

  const expectNamed = (res: { status: number; body: { message: string | string[] } }, fields: string[]) => {
    expect(res.status).toBe(400);
    for (const field of fields) expectFieldNamed(res.body.message, field);
  };

  it.each(POSTS)('POST refuses %s', async (_case, path, body, fields) => {
    const res = await t.http
      .post(`/api/v1${path(ids)}`)
      .set(as['staff.sofia'])
      .send(body(ids) as object);
    expectNamed(res, fields);
  });

  it.each(PATCHES)('PATCH refuses %s', async (_case, path, body, fields) => {
    const res = await t.http
      .patch(`/api/v1${path(ids)}`)
      .set(as['staff.sofia'])
      .send(body);
    expectNamed(res, fields);
  });

  it.each(QUERIES)('GET refuses %s', async (_case, path, fields) => {
    const res = await t.http.get(`/api/v1${path}`).set(as.monitor);
    expectNamed(res, fields);
  });

  it.each([
    [{ code: 'Bad Code', nameBg: 'x', nameEn: 'x' }, ['code']],
    [{ code: 'ok_code', nameEn: 'x' }, ['nameBg']],
    [{ code: 'ok_code', nameBg: 'x', nameEn: long(201) }, ['nameEn']],
    [{ code: 'ok_code', nameBg: 'x', nameEn: 'x', active: false }, ['active']],
  ])('POST /service-types refuses %j', async (body, fields) => {
    expectNamed(await t.http.post('/api/v1/service-types').set(as.admin).send(body), fields);
  });

  it.each([
    ['entity=Case;DROP', ['entity']],
    ['actorId=1', ['actorId']],
    ['from=last-week', ['from']],
    ['entityId=a%20b', ['entityId']],
  ])('GET /audit refuses %s', async (query, fields) => {
    expectNamed(await t.http.get(`/api/v1/audit?${query}`).set(as.auditor), fields);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.http
      .post('/api/v1/victims')
      .set(as['staff.sofia'])
      .set('Content-Type', 'application/json')
      .send('{"sex": "female",');
    expect(res.status).toBe(400);
    // The parser's own words (Node's JSON.parse message), which say where the JSON breaks.
    expect(res.body).toMatchObject({ statusCode: 400, message: expect.stringMatching(/ in JSON at position 17/) });
  });
});
