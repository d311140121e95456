import { todayInSofia } from '@ibd/api/core';
import { call, createCase, createVictim, unitIds, USERS } from './referral-fixtures';
import { createTestApp, TestApp } from './test-app';

/**
 * A case goes abroad as an HTCDS record (export) and a partner's record comes in as a referral
 * (import), as docs/interchange.md describes: who may, what travels, what is refused, and that a
 * refused record writes nothing.
 */
describe('HTCDS exchange', () => {
  let t: TestApp;
  let unit: Record<string, string>;
  let caseId: string;

  const consent = (includesIdentity: boolean) => ({ given: true, date: todayInSofia(), includesIdentity });
  const exportCase = (user: string | null, id = caseId, format = 'htcds-json') =>
    call(t, user, 'get', `/cases/${id}/interchange?format=${format}`);
  const importRecord = (body: unknown, query = `toUnitId=${unit['VAR-SHELTER']}`, user = 'social.worker') =>
    call(t, user, 'post', `/referrals/import?${query}`, body as object);
  const counts = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM referrals)::int AS referrals, (SELECT count(*) FROM referral_imports)::int AS imports,
                (SELECT count(*) FROM victims)::int AS victims, (SELECT count(*) FROM cases)::int AS cases,
                (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0];

  /** A valid record as a partner abroad would send it. */
  const partnerRecord = (overrides: Record<string, unknown> = {}) => ({
    htcdsVersion: '2.0',
    org_Name: 'Fachberatungsstelle Berlin',
    org_ShippingCountry: 'DEU',
    prs_Gender: 'TransgenderFeminine',
    prs_Citizenship: ['bgr'],
    majorityStatus: 'Adult',
    vic_TraffickingStatus: 'ActualVictimOfTrafficking',
    vic_TraffickingStatusDecisionMakingOrg: 'Police',
    vic_TypeOfExploitation: ['SexualExploitation', 'ChildLabour'],
    vic_MethodsOfControl: ['DebtBondage', 'WithholdsDocuments'],
    vic_RelationshipToTrafficker: 'Unacquainted',
    hte_Events: [
      { hte_Type: 'Recruitment', hte_Country: 'BG' },
      { hte_Type: 'Exploitation', hte_Country: 'DEU' },
    ],
    ibd_BirthYear: 1996,
    ibd_IdentifiedOn: '2026-01-05',
    ibd_AssistanceTypes: ['medical', 'legal_aid'],
    ibd_ConsentDate: '2026-01-20',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    unit = await unitIds(t);
    const victim = await createVictim(t, 'staff.sofia', {
      sex: 'female',
      citizenship: 'RO',
      identity: { firstName: 'Ana', lastName: 'Popescu', dateOfBirth: '1999-04-01', phones: ['+40 721 000 000'] },
    });
    caseId = (
      await createCase(t, 'staff.sofia', {
        victimId: victim.id,
        identifiedAt: '2026-01-10',
        identifiedBy: 'border_police',
        exploitationForms: ['forced_labour', 'criminal_activities'],
        recruitmentCountries: ['RO'],
        exploitationCountries: ['BG'],
        meansOfControl: ['threats', 'debt_bondage'],
        recruiterRelationship: 'friend',
      })
    ).id;
  });
  afterAll(() => t.close());

  it('exports nothing without the consent to transnational referral: 409 naming the consent', async () => {
    const res = await exportCase('staff.sofia');
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^transnationalConsent: .*consent to a transnational referral/);
  });

  it('lets only staff of the case’s facility export it: other roles 403, another facility 404, no token 401', async () => {
    await call(t, 'staff.sofia', 'patch', `/cases/${caseId}`, { transnationalConsent: consent(false) });
    const statuses = Object.fromEntries(
      await Promise.all(USERS.map(async (user) => [user, (await exportCase(user)).status] as const)),
    );
    expect(statuses).toEqual({
      'staff.sofia': 200,
      'staff.burgas': 404,
      'staff.varna': 404,
      'social.worker': 403,
      monitor: 403,
      auditor: 403,
      admin: 403,
    });
    expect((await exportCase(null)).status).toBe(401);
    const pdf = await call(t, 'staff.sofia', 'get', `/cases/${caseId}/interchange?format=pdf`);
    expect(pdf.status).toBe(400);
    expect(pdf.body.message).toEqual(['format must be one of the following values: htcds-json, htcds-csv']);
  });

  it('sends the held fields under HTCDS names, no identity unless the consent includes it, and audits each export', async () => {
    const audited = async () =>
      (
        await t.db.query(
          `SELECT action FROM audit_log WHERE entity = 'case' AND entity_id = $1 AND action LIKE 'case.export%' ORDER BY seq`,
          [caseId],
        )
      ).map((row: { action: string }) => row.action);
    const before = (await audited()).length;
    const res = await exportCase('staff.sofia');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      htcdsVersion: '2.0',
      org_Name: 'SOF-SHELTER',
      org_ShippingCountry: 'BG',
      prs_Gender: 'Feminine',
      prs_Citizenship: ['RO'],
      ageBroad: '27-29',
      majorityStatus: 'Adult',
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'Police',
      vic_TypeOfExploitation: ['ForcedLabour', 'Other'],
      vic_MethodsOfControl: ['DebtBondage', 'Threats'],
      vic_RelationshipToTrafficker: 'Acquainted',
      hte_Events: [
        { hte_Type: 'Recruitment', hte_Country: 'RO' },
        { hte_Type: 'Exploitation', hte_Country: 'BG' },
      ],
      ibd_BirthYear: 1999,
      ibd_IdentifiedOn: '2026-01-10',
      ibd_ConsentIncludesIdentity: false,
    });
    expect(Object.keys(res.body).filter((key) => /^prs_(First|Middle|Second|Birth|Mobile|Email)/.test(key))).toEqual(
      [],
    );

    await call(t, 'staff.sofia', 'patch', `/cases/${caseId}`, { transnationalConsent: consent(true) });
    const withIdentity = await exportCase('staff.sofia');
    expect(withIdentity.body).toMatchObject({
      prs_FirstName: 'Ana',
      prs_SecondName: 'Popescu',
      prs_Birthdate: '1999-04-01',
      prs_MobilePhone: '+40 721 000 000',
      ibd_ConsentIncludesIdentity: true,
    });
    expect(await audited()).toEqual([...Array(before).fill('case.export'), 'case.export', 'case.export.identity']);
  });

  it('writes the CSV under HTCDS column names, one row, formula-safe', async () => {
    const res = await exportCase('staff.sofia', caseId, 'htcds-csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="SOF-SHELTER-\d{4}-\d{4}-htcds.csv"$/);
    const [header, row, end] = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['prs_Gender', 'vic_TypeOfExploitation', 'hte_Country']));
    const cells = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
    expect(cells).toMatchObject({
      prs_Gender: 'Feminine',
      vic_TypeOfExploitation: 'ForcedLabour;Other',
      prs_FirstName: 'Ana',
    });
    expect(end).toBe('');
  });

  it('lets social workers import a partner’s record as a referral to a facility; others may not', async () => {
    const before = await counts();
    for (const user of ['staff.sofia', 'monitor', 'auditor', 'admin'])
      expect((await importRecord(partnerRecord(), `toUnitId=${unit['VAR-SHELTER']}`, user)).status).toBe(403);
    expect(
      (await call(t, null, 'post', `/referrals/import?toUnitId=${unit['VAR-SHELTER']}`, partnerRecord())).status,
    ).toBe(401);
    expect(await counts()).toEqual(before);

    const res = await importRecord(partnerRecord());
    expect(res.status).toBe(201);
    const referral = (await call(t, 'staff.varna', 'get', `/referrals/${res.body.id}`)).body;
    expect(referral).toMatchObject({
      status: 'sent',
      source: 'foreign_authority',
      transnationalCountry: 'DE',
      victim: { sex: 'other', citizenship: 'BG', birthYear: 1996 },
      exploitationForms: ['sexual_exploitation', 'forced_labour'],
      consent: { given: true, date: '2026-01-20' },
    });
    expect(await counts()).toMatchObject({ referrals: before.referrals + 1, imports: before.imports + 1 });

    const accepted = await call(t, 'staff.varna', 'post', `/referrals/${res.body.id}/accept`, {});
    expect(accepted.status).toBe(200);
    const opened = (await call(t, 'staff.varna', 'get', `/cases/${accepted.body.resultCaseId}`)).body;
    expect(opened).toMatchObject({
      identifiedAt: '2026-01-05',
      identifiedBy: 'police',
      formalIdentifiedAt: '2026-01-05',
      formalIdentifiedBy: 'police',
      recruitmentCountries: ['BG'],
      exploitationCountries: ['DE'],
      meansOfControl: ['debt_bondage', 'withholds_documents'],
      recruiterRelationship: 'stranger',
      assistanceBefore: ['legal_aid', 'medical'],
      transnational: true,
      child: false,
    });
  });

  it('brings identity only with a consent that includes it, and shows it to the facility once it accepts', async () => {
    const withIdentity = partnerRecord({
      prs_FirstName: 'Elena',
      prs_SecondName: 'Ivanova',
      prs_Birthdate: '1996-07-08',
    });
    const refused = await importRecord(withIdentity);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toEqual([expect.stringMatching(/^prs_FirstName: .*ibd_ConsentIncludesIdentity/)]);

    const res = await importRecord({ ...withIdentity, ibd_ConsentIncludesIdentity: true });
    expect(res.status).toBe(201);
    const accepted = await call(t, 'staff.varna', 'post', `/referrals/${res.body.id}/accept`, {});
    const opened = (await call(t, 'staff.varna', 'get', `/cases/${accepted.body.resultCaseId}`)).body;
    const victim = await call(t, 'staff.varna', 'get', `/victims/${opened.victimId}`);
    expect(victim.body.identity).toEqual({ firstName: 'Elena', lastName: 'Ivanova', dateOfBirth: '1996-07-08' });
    const found = await call(t, 'staff.varna', 'get', `/cases?q=${encodeURIComponent('Елена Иванова')}`);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(opened.id);
  });

  const GENDER_RULE =
    'prs_Gender must be one of: Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown';
  /** Each malformed record: what makes it malformed, the change to a valid record, the rule its 400 names. */
  const malformed: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown gender code', { prs_Gender: 'F' }, GENDER_RULE],
    ['a gender of the wrong type', { prs_Gender: 1 }, GENDER_RULE],
    ['no gender', { prs_Gender: undefined }, GENDER_RULE],
    ['another HTCDS version', { htcdsVersion: '1.0' }, 'htcdsVersion must be "2.0"'],
    ['no referring organisation', { org_Name: undefined }, 'org_Name must be a string'],
    [
      'an unknown country code',
      { org_ShippingCountry: 'XX' },
      'org_ShippingCountry must be an ISO 3166-1 alpha-2 or alpha-3 country code',
    ],
    ['citizenship as text, not a list', { prs_Citizenship: 'BG' }, 'prs_Citizenship must be an array'],
    [
      'two citizenships',
      { prs_Citizenship: ['BG', 'RO'] },
      'prs_Citizenship must name at most one country: ИБД records one citizenship',
    ],
    [
      'a huge citizenship list',
      { prs_Citizenship: Array(20_000).fill('BG') },
      'prs_Citizenship must name at most one country: ИБД records one citizenship',
    ],
    [
      'no type of exploitation',
      { vic_TypeOfExploitation: [] },
      'vic_TypeOfExploitation must contain at least 1 elements',
    ],
    [
      'an unknown type of exploitation',
      { vic_TypeOfExploitation: ['Prostitution'] },
      'vic_TypeOfExploitation must contain only HTCDS types of exploitation: ForcedLabour, SexualExploitation, ChildLabour, ForcedMarriage, Servitude, ForcedMilitaryByNonStateActors, OrganRemoval, ForcedBegging, ForcedAdoption, Surrogacy, Other',
    ],
    [
      'a person who is not a victim',
      { vic_TraffickingStatus: 'NotAVictimOfTrafficking' },
      'vic_TraffickingStatus must be one of: PossibleVictimOfTrafficking, ActualVictimOfTrafficking',
    ],
    [
      'no identifying organisation',
      { vic_TraffickingStatusDecisionMakingOrg: undefined },
      'vic_TraffickingStatusDecisionMakingOrg must be one of: Police, NGO, CourtOrProsecution, NonPoliceGovernmentalOrganization, Other',
    ],
    [
      'an unknown method of control',
      { vic_MethodsOfControl: ['Beating'] },
      'vic_MethodsOfControl must contain only HTCDS methods of control: DebtBondage, TakesEarnings, RestrictsFinancialAccess, Threats, PsychologicalAbuse, PhysicalAbuse, SexualAbuse, FalsePromises, PsychoactiveSubstances, RestrictsMovement, RestrictsMedicalCare, ExcessiveWorkingHours, UsesChildren, ThreatOfLawEnforcement, WithholdsNecessities, WithholdsDocuments, Other',
    ],
    ['methods of control as text', { vic_MethodsOfControl: 'DebtBondage' }, 'vic_MethodsOfControl must be an array'],
    [
      'an unknown relationship',
      { vic_RelationshipToTrafficker: 'Cousin' },
      'vic_RelationshipToTrafficker must be one of: Familial, Acquainted, Unaquainted',
    ],
    [
      'a transit event (not held)',
      { hte_Events: [{ hte_Type: 'Transit', hte_Country: 'RS' }] },
      'hte_Events.0.hte_Type must be one of: Recruitment, Exploitation',
    ],
    [
      'nested junk in an event',
      { hte_Events: [{ hte_Type: 'Recruitment', hte_Country: 'RO', extra: { deep: [{ x: 1 }] } }] },
      'hte_Events.0.property extra should not exist',
    ],
    [
      'events as plain codes',
      { hte_Events: ['RO'] },
      'hte_Events.each value in nested property hte_Events must be either object or array',
    ],
    [
      'too many events',
      { hte_Events: Array(41).fill({ hte_Type: 'Exploitation', hte_Country: 'DE' }) },
      'hte_Events must contain no more than 40 elements',
    ],
    ['a birth year as text', { ibd_BirthYear: '1996' }, 'ibd_BirthYear must be an integer number'],
    [
      'an impossible date',
      { ibd_IdentifiedOn: '2026-13-45' },
      'ibd_IdentifiedOn must be a date YYYY-MM-DD from 1900-01-01 up to today',
    ],
    [
      'no consent date',
      { ibd_ConsentDate: undefined },
      'ibd_ConsentDate must be a date YYYY-MM-DD from 1900-01-01 up to today',
    ],
    [
      'an HTCDS field ИБД does not hold',
      { prs_MailingStreet: 'Hauptstr. 1' },
      'property prs_MailingStreet should not exist',
    ],
    ['an operator object instead of a code', { prs_Gender: { $ne: null } }, GENDER_RULE],
    [
      'a service type outside the catalogue',
      { ibd_AssistanceTypes: ['teleportation'] },
      'ibd_AssistanceTypes must contain only service types of the catalogue',
    ],
    [
      'a birth year that contradicts the birth date',
      {
        ibd_BirthYear: 2001,
        prs_FirstName: 'A',
        prs_SecondName: 'B',
        prs_Birthdate: '1996-07-08',
        ibd_ConsentIncludesIdentity: true,
      },
      'ibd_BirthYear does not match prs_Birthdate',
    ],
    [
      'identification before birth',
      { ibd_BirthYear: 2026, ibd_IdentifiedOn: '2025-01-01' },
      'ibd_IdentifiedOn is before ibd_BirthYear',
    ],
  ];

  it.each(malformed)('refuses %s with 400 and the rule broken, and writes nothing', async (_what, change, rule) => {
    const before = await counts();
    const res = await importRecord(partnerRecord(change));
    expect(res.status).toBe(400);
    expect([res.body.message].flat()).toContain(rule);
    expect(await counts()).toEqual(before);
  });

  it('refuses a 10 MB body with 413, bad JSON and a missing or wrong receiving unit with 400, writing nothing', async () => {
    const before = await counts();
    const huge = await t.http
      .post(`/api/v1/referrals/import?toUnitId=${unit['VAR-SHELTER']}`)
      .auth(await t.token('social.worker'), { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(partnerRecord({ org_Name: 'x'.repeat(10 * 1024 * 1024) })));
    expect(huge.status).toBe(413);
    const badJson = await t.http
      .post(`/api/v1/referrals/import?toUnitId=${unit['VAR-SHELTER']}`)
      .auth(await t.token('social.worker'), { type: 'bearer' })
      .set('Content-Type', 'application/json')
      .send('{"htcdsVersion": "2.0",');
    expect(badJson.status).toBe(400);
    expect(badJson.body.message).toBe('The request body is not valid JSON (at position 23)');
    const noUnit = await importRecord(partnerRecord(), '');
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.message).toEqual(['toUnitId must be a UUID']);
    const agency = await importRecord(partnerRecord(), `toUnitId=${unit['ANKBTH']}`);
    expect(agency.status).toBe(400);
    expect(agency.body.message).toEqual(['toUnitId must be an active facility or agency unit']);
    expect(await counts()).toEqual(before);
  });
});
