import { EXPLOITATION_FORMS, MEANS_OF_CONTROL, RECRUITER_RELATIONSHIPS, SEXES, SOURCES } from '@ibd/shared/contracts';
import { COUNTRY_CODES } from './countries';
import { ExchangeRecord, fromHtcds, HTCDS_CSV_COLUMNS, htcdsCsvRow, toHtcds } from './htcds-record';

const base: ExchangeRecord = {
  sender: { name: 'SOF-SHELTER', country: 'BG' },
  sex: 'female',
  citizenship: 'RO',
  birthYear: 1999,
  child: false,
  identifiedAt: '2026-02-03',
  identifiedBy: 'border_police',
  formalIdentifiedAt: null,
  formalIdentifiedBy: null,
  exploitationForms: ['sexual_exploitation', 'criminal_activities'],
  meansOfControl: ['withholds_documents', 'debt_bondage'],
  recruiterRelationship: 'intimate_partner',
  recruitmentCountries: ['RO', 'BG'],
  exploitationCountries: ['DE'],
  assistanceTypes: ['psychological', 'accommodation'],
  consent: { date: '2026-03-01', includesIdentity: false },
  identity: null,
};

/** A deterministic pseudo-random record (a small LCG), to cover the code lists' combinations. */
function generated(seed: number): ExchangeRecord {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const some = <T>(list: readonly T[], max: number) =>
    Array.from({ length: next(max + 1) }, () => list[next(list.length)]);
  const formal = next(2) === 1;
  const birthYear = next(4) === 0 ? null : 1950 + next(70);
  return {
    ...base,
    birthYear,
    child: birthYear === null ? null : 2026 - birthYear < 18 || (2026 - birthYear === 18 && next(2) === 0),
    sex: SEXES[next(SEXES.length)],
    citizenship: next(5) === 0 ? null : COUNTRY_CODES[next(COUNTRY_CODES.length)],
    identifiedBy: SOURCES[next(SOURCES.length)],
    formalIdentifiedAt: formal ? '2026-02-10' : null,
    formalIdentifiedBy: formal ? SOURCES[next(SOURCES.length)] : null,
    exploitationForms: [EXPLOITATION_FORMS[next(EXPLOITATION_FORMS.length)], ...some(EXPLOITATION_FORMS, 3)],
    meansOfControl: some(MEANS_OF_CONTROL, 5),
    recruiterRelationship: next(3) === 0 ? null : RECRUITER_RELATIONSHIPS[next(RECRUITER_RELATIONSHIPS.length)],
    recruitmentCountries: some(COUNTRY_CODES, 3),
    exploitationCountries: some(COUNTRY_CODES, 3),
    assistanceTypes: some(['accommodation', 'medical', 'legal_aid', 'interpretation'], 3),
  };
}

describe('the HTCDS document of a case', () => {
  it('carries the held fields under their HTCDS names and code values', () => {
    expect(toHtcds(base)).toEqual({
      htcdsVersion: '2.0',
      org_Name: 'SOF-SHELTER',
      org_ShippingCountry: 'BG',
      prs_Gender: 'Feminine',
      prs_Citizenship: ['RO'],
      ageBroad: '27-29',
      majorityStatus: 'Adult',
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'Police',
      vic_TypeOfExploitation: ['SexualExploitation', 'Other'],
      vic_MethodsOfControl: ['DebtBondage', 'WithholdsDocuments'],
      vic_RelationshipToTrafficker: 'Acquainted',
      hte_Events: [
        { hte_Type: 'Recruitment', hte_Country: 'BG' },
        { hte_Type: 'Recruitment', hte_Country: 'RO' },
        { hte_Type: 'Exploitation', hte_Country: 'DE' },
      ],
      ibd_BirthYear: 1999,
      ibd_IdentifiedOn: '2026-02-03',
      ibd_FormalIdentifiedOn: null,
      ibd_AssistanceTypes: ['accommodation', 'psychological'],
      ibd_ConsentDate: '2026-03-01',
      ibd_ConsentIncludesIdentity: false,
    });
  });

  it('names the prosecution that identified the person formally, and adds identity only when the record has it', () => {
    const document = toHtcds({
      ...base,
      formalIdentifiedAt: '2026-02-20',
      formalIdentifiedBy: 'prosecution',
      consent: { date: '2026-03-01', includesIdentity: true },
      identity: { firstName: 'Ana', lastName: 'Pop', dateOfBirth: '1999-04-01', email: 'ana@example.org' },
    });
    expect(document).toMatchObject({
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'CourtOrProsecution',
      prs_FirstName: 'Ana',
      prs_SecondName: 'Pop',
      prs_Birthdate: '1999-04-01',
      prs_Email: 'ana@example.org',
    });
    expect(document).not.toHaveProperty('prs_MobilePhone');
    expect(Object.keys(toHtcds(base)).filter((key) => key.startsWith('prs_'))).toEqual([
      'prs_Gender',
      'prs_Citizenship',
    ]);
  });

  it('gives the same document after a round trip through ИБД codes, for any combination of codes', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const document = toHtcds(generated(seed));
      const again = toHtcds(fromHtcds(document));
      expect(again).toEqual(document);
    }
  });

  it('writes one CSV row per document under the HTCDS column names, lists joined by semicolons', () => {
    const row = htcdsCsvRow(toHtcds(base));
    expect(row).toHaveLength(HTCDS_CSV_COLUMNS.length);
    const cell = (column: (typeof HTCDS_CSV_COLUMNS)[number]) => row[HTCDS_CSV_COLUMNS.indexOf(column)];
    expect(cell('vic_TypeOfExploitation')).toBe('SexualExploitation;Other');
    expect(cell('hte_Type')).toBe('Recruitment;Recruitment;Exploitation');
    expect(cell('hte_Country')).toBe('BG;RO;DE');
    expect(cell('ibd_BirthYear')).toBe(1999);
    expect(cell('ibd_ConsentIncludesIdentity')).toBe('false');
    expect(cell('prs_FirstName')).toBeNull();
    expect(cell('ibd_FormalIdentifiedOn')).toBeNull();
  });
});
