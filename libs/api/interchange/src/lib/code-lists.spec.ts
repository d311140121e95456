import { EXPLOITATION_FORMS, MEANS_OF_CONTROL, RECRUITER_RELATIONSHIPS, SEXES, SOURCES } from '@ibd/shared/contracts';
import {
  ageAtIdentification,
  CTDC_AGE_BANDS,
  CTDC_EXPLOITATION_OF_FORM,
  ctdcAgeBand,
  ctdcMeansOfControlColumn,
  FORM_OF_HTCDS_EXPLOITATION,
  HTCDS_CONTROL_OF_MEANS,
  HTCDS_DECISION_ORG_OF_SOURCE,
  HTCDS_DECISION_ORGS,
  HTCDS_EXPLOITATION_OF_FORM,
  HTCDS_EXPLOITATION_TYPES,
  HTCDS_GENDER_OF_SEX,
  HTCDS_GENDERS,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RELATIONSHIP_OF_RECRUITER,
  HTCDS_RELATIONSHIPS,
  MEANS_OF_HTCDS_CONTROL,
  RECRUITER_OF_HTCDS_RELATIONSHIP,
  SEX_OF_HTCDS_GENDER,
  SOURCE_OF_HTCDS_DECISION_ORG,
} from './code-lists';

/** Every value of an HTCDS list maps to an ИБД code that maps back to a value of the same list. */
const closes = <V extends string, K extends string>(
  values: readonly V[],
  toIbd: (value: V) => K,
  toHtcds: (code: K) => V,
) => {
  for (const value of values) expect(values).toContain(toHtcds(toIbd(value)));
};

describe('HTCDS code lists', () => {
  it('maps every ИБД code to an HTCDS value, and every HTCDS value back to one ИБД code that returns to it', () => {
    for (const sex of SEXES) expect(SEX_OF_HTCDS_GENDER[HTCDS_GENDER_OF_SEX[sex]]).toBe(sex);
    closes(
      HTCDS_GENDERS,
      (g) => SEX_OF_HTCDS_GENDER[g],
      (s) => HTCDS_GENDER_OF_SEX[s],
    );
    for (const form of EXPLOITATION_FORMS) expect(HTCDS_EXPLOITATION_TYPES).toContain(HTCDS_EXPLOITATION_OF_FORM[form]);
    closes(
      HTCDS_EXPLOITATION_TYPES,
      (t) => FORM_OF_HTCDS_EXPLOITATION[t],
      (f) => HTCDS_EXPLOITATION_OF_FORM[f],
    );
    for (const source of SOURCES) expect(HTCDS_DECISION_ORGS).toContain(HTCDS_DECISION_ORG_OF_SOURCE[source]);
    for (const org of HTCDS_DECISION_ORGS)
      expect(HTCDS_DECISION_ORG_OF_SOURCE[SOURCE_OF_HTCDS_DECISION_ORG[org]]).toBe(org);
    for (const relation of RECRUITER_RELATIONSHIPS)
      expect(HTCDS_RELATIONSHIPS).toContain(HTCDS_RELATIONSHIP_OF_RECRUITER[relation]);
    for (const value of HTCDS_RELATIONSHIPS)
      expect(HTCDS_RELATIONSHIP_OF_RECRUITER[RECRUITER_OF_HTCDS_RELATIONSHIP[value]]).toBe(value);
  });

  it('maps the means of control one to one, in the same order as HTCDS lists them', () => {
    expect(MEANS_OF_CONTROL.map(HTCDS_CONTROL_OF_MEANS)).toEqual([...HTCDS_METHODS_OF_CONTROL]);
    expect(HTCDS_METHODS_OF_CONTROL.map(MEANS_OF_HTCDS_CONTROL)).toEqual([...MEANS_OF_CONTROL]);
    expect(ctdcMeansOfControlColumn('threat_of_law_enforcement')).toBe('meansOfControlThreatOfLawEnforcement');
  });

  it.each([
    ['sexual_exploitation', 'SexualExploitation', 'SexualExploit'],
    ['forced_labour', 'ForcedLabour', 'ForcedLabour'],
    ['forced_begging', 'ForcedBegging', 'ForcedLabour'],
    ['criminal_activities', 'Other', 'ForcedLabour'],
    ['illegal_adoption', 'ForcedAdoption', 'OtherExploit'],
    ['servitude', 'Servitude', 'SlaveryAndPractices'],
  ] as const)('%s is HTCDS %s and CTDC %s', (form, htcds, ctdc) => {
    expect(HTCDS_EXPLOITATION_OF_FORM[form]).toBe(htcds);
    expect(CTDC_EXPLOITATION_OF_FORM[form]).toBe(ctdc);
  });

  it.each([
    [0, '0-8'],
    [8, '0-8'],
    [9, '9-17'],
    [17, '9-17'],
    [18, '18-20'],
    [23, '21-23'],
    [29, '27-29'],
    [30, '30-38'],
    [47, '39-47'],
    [48, '48+'],
    [90, '48+'],
  ] as const)('age %i is in the CTDC band %s', (age, band) => {
    expect(ctdcAgeBand(age)).toBe(band);
    expect(CTDC_AGE_BANDS).toContain(band);
  });

  it('refuses ages that are not whole years', () => {
    expect(ctdcAgeBand(-1)).toBeNull();
    expect(ctdcAgeBand(17.5)).toBeNull();
  });

  it('keeps the age at identification on the side of the child flag, as the reporting tables do', () => {
    expect(ageAtIdentification(2008, '2026-03-01', true)).toBe(17);
    expect(ageAtIdentification(2008, '2026-12-31', false)).toBe(18);
    expect(ageAtIdentification(1990, '2026-03-01', false)).toBe(36);
    expect(ageAtIdentification(null, '2026-03-01', false)).toBeNull();
  });
});
