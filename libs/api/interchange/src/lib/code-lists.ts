import type { ExploitationForm, MeansOfControl, RecruiterRelationship, Sex, Source } from '@ibd/shared/contracts';

/**
 * ИБД's codes ↔ the code lists of IOM's Human Trafficking Case Data Standard (HTCDS 2.0, the
 * schema behind the Counter Trafficking Data Collaborative) and of CTDC's data sets. Each table maps
 * every ИБД code; each reverse table picks, for every HTCDS value, the ИБД code that maps back to
 * it, so that export → import → export gives the same document (docs/interchange.md).
 */

/**
 * The reverse of a table: `canonical` names, for each value, the code that maps back to it (checked
 * here, when the module loads); `lossy` adds values ИБД has no code of its own for.
 */
function reverse<K extends string, V extends string>(
  table: Record<K, V>,
  canonical: Partial<Record<V, K>>,
  lossy: Partial<Record<V, K>> = {},
): Record<V, K> {
  for (const [value, code] of Object.entries(canonical) as Array<[V, K]>) {
    if (table[code] !== value) throw new Error(`interchange: ${code} does not map back to ${value}`);
  }
  return { ...canonical, ...lossy } as Record<V, K>;
}

// --- Sex ↔ prs_Gender (IOM's gender values, HTCDS 1.0 on) ---------------------------------------

export const HTCDS_GENDERS = [
  'Feminine',
  'Masculine',
  'TransgenderFeminine',
  'TransgenderMasculine',
  'NonConforming',
  'NonSpecifiedUnknown',
] as const;
export type HtcdsGender = (typeof HTCDS_GENDERS)[number];

export const HTCDS_GENDER_OF_SEX: Record<Sex, HtcdsGender> = {
  female: 'Feminine',
  male: 'Masculine',
  other: 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
};

/** ИБД records sex as female / male / other / unknown: both transgender values are `other`. */
export const SEX_OF_HTCDS_GENDER: Record<HtcdsGender, Sex> = {
  Feminine: 'female',
  Masculine: 'male',
  TransgenderFeminine: 'other',
  TransgenderMasculine: 'other',
  NonConforming: 'other',
  NonSpecifiedUnknown: 'unknown',
};

/** CTDC's `gender` values in its global data set (2023 on). */
export const CTDC_GENDER_OF_SEX: Record<Sex, string> = {
  female: 'Woman',
  male: 'Man',
  other: 'Trans/Transgender/NonConforming',
  unknown: 'Unknown',
};

// --- Age at identification → CTDC's `ageBroad` bands -----------------------------------------------

export const CTDC_AGE_BANDS = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type CtdcAgeBand = (typeof CTDC_AGE_BANDS)[number];

/** The lowest age of each band, youngest band first (the reporting tables group ages by them too). */
export const CTDC_AGE_BAND_LOWEST: ReadonlyArray<readonly [CtdcAgeBand, number]> = [
  ['0-8', 0],
  ['9-17', 9],
  ['18-20', 18],
  ['21-23', 21],
  ['24-26', 24],
  ['27-29', 27],
  ['30-38', 30],
  ['39-47', 39],
  ['48+', 48],
];
const OLDEST_FIRST = [...CTDC_AGE_BAND_LOWEST].reverse();

/** The band of an age in whole years; null for a negative or non-integer age. */
export function ctdcAgeBand(age: number): CtdcAgeBand | null {
  if (!Number.isInteger(age) || age < 0) return null;
  return (OLDEST_FIRST.find(([, lowest]) => age >= lowest) as (typeof OLDEST_FIRST)[number])[0];
}

/**
 * Age at identification from the birth year, as the reporting tables count it: the difference of
 * the years, kept on the side of the case's child flag (a child is at most 17, an adult at least
 * 18). Null without a birth year.
 */
export function ageAtIdentification(birthYear: number | null, identifiedAt: string, child: boolean): number | null {
  if (birthYear === null) return null;
  const years = Number(identifiedAt.slice(0, 4)) - birthYear;
  return child ? Math.max(0, Math.min(years, 17)) : Math.max(years, 18);
}

// --- Forms of exploitation ↔ vic_TypeOfExploitation, and CTDC's types ----------------------------

export const HTCDS_EXPLOITATION_TYPES = [
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
] as const;
export type HtcdsExploitationType = (typeof HTCDS_EXPLOITATION_TYPES)[number];

/** HTCDS has no value for forced criminal activities or benefit fraud: both are `Other`. */
export const HTCDS_EXPLOITATION_OF_FORM: Record<ExploitationForm, HtcdsExploitationType> = {
  sexual_exploitation: 'SexualExploitation',
  forced_labour: 'ForcedLabour',
  forced_begging: 'ForcedBegging',
  criminal_activities: 'Other',
  organ_removal: 'OrganRemoval',
  forced_marriage: 'ForcedMarriage',
  illegal_adoption: 'ForcedAdoption',
  surrogacy: 'Surrogacy',
  servitude: 'Servitude',
  benefit_fraud: 'Other',
  other: 'Other',
};

/** Child labour is forced labour in ИБД's list; military service by non-state actors is `other`. */
export const FORM_OF_HTCDS_EXPLOITATION: Record<HtcdsExploitationType, ExploitationForm> = reverse(
  HTCDS_EXPLOITATION_OF_FORM,
  {
    ForcedLabour: 'forced_labour',
    SexualExploitation: 'sexual_exploitation',
    ForcedMarriage: 'forced_marriage',
    Servitude: 'servitude',
    OrganRemoval: 'organ_removal',
    ForcedBegging: 'forced_begging',
    ForcedAdoption: 'illegal_adoption',
    Surrogacy: 'surrogacy',
    Other: 'other',
  },
  { ChildLabour: 'forced_labour', ForcedMilitaryByNonStateActors: 'other' },
);

/**
 * CTDC's exploitation types (its columns `isSexualExploit`, `isForcedLabour`, ...): begging and
 * criminal activities are forced labour there (`typeOfLabourBegging`, `typeOfLabourIllicitActivities`),
 * servitude is under slavery and similar practices.
 */
export const CTDC_EXPLOITATION_TYPES = [
  'SexualExploit',
  'ForcedLabour',
  'ForcedMarriage',
  'OrganRemoval',
  'SlaveryAndPractices',
  'OtherExploit',
] as const;
export type CtdcExploitationType = (typeof CTDC_EXPLOITATION_TYPES)[number];

export const CTDC_EXPLOITATION_OF_FORM: Record<ExploitationForm, CtdcExploitationType> = {
  sexual_exploitation: 'SexualExploit',
  forced_labour: 'ForcedLabour',
  forced_begging: 'ForcedLabour',
  criminal_activities: 'ForcedLabour',
  organ_removal: 'OrganRemoval',
  forced_marriage: 'ForcedMarriage',
  illegal_adoption: 'OtherExploit',
  surrogacy: 'OtherExploit',
  servitude: 'SlaveryAndPractices',
  benefit_fraud: 'OtherExploit',
  other: 'OtherExploit',
};

// --- Means of control ↔ vic_MethodsOfControl (one to one), CTDC's meansOfControl* columns --------

export const HTCDS_METHODS_OF_CONTROL = [
  'DebtBondage',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'Threats',
  'PsychologicalAbuse',
  'PhysicalAbuse',
  'SexualAbuse',
  'FalsePromises',
  'PsychoactiveSubstances',
  'RestrictsMovement',
  'RestrictsMedicalCare',
  'ExcessiveWorkingHours',
  'UsesChildren',
  'ThreatOfLawEnforcement',
  'WithholdsNecessities',
  'WithholdsDocuments',
  'Other',
] as const;
export type HtcdsMethodOfControl = (typeof HTCDS_METHODS_OF_CONTROL)[number];

const pascal = (code: string) => code.replace(/(^|_)([a-z])/g, (_m, _sep, letter: string) => letter.toUpperCase());

export const HTCDS_CONTROL_OF_MEANS = (code: MeansOfControl) => pascal(code) as HtcdsMethodOfControl;
export const MEANS_OF_HTCDS_CONTROL = (value: HtcdsMethodOfControl) =>
  value.replace(/[A-Z]/g, (letter, at: number) => (at ? '_' : '') + letter.toLowerCase()) as MeansOfControl;

/** CTDC's column for a means of control: `meansOfControlDebtBondage`, ... */
export const ctdcMeansOfControlColumn = (code: MeansOfControl) => `meansOfControl${pascal(code)}`;

// --- Recruiter relationship ↔ vic_RelationshipToTrafficker, CTDC's recruiterRelation* -------------

/** HTCDS 1.0 on, spelt as in the standard's field workbook (`Unaquainted`). */
export const HTCDS_RELATIONSHIPS = ['Familial', 'Acquainted', 'Unaquainted'] as const;
export type HtcdsRelationship = (typeof HTCDS_RELATIONSHIPS)[number];

export const HTCDS_RELATIONSHIP_OF_RECRUITER: Record<RecruiterRelationship, HtcdsRelationship> = {
  family: 'Familial',
  intimate_partner: 'Acquainted',
  friend: 'Acquainted',
  acquaintance: 'Acquainted',
  stranger: 'Unaquainted',
};

export const RECRUITER_OF_HTCDS_RELATIONSHIP: Record<HtcdsRelationship, RecruiterRelationship> = reverse(
  HTCDS_RELATIONSHIP_OF_RECRUITER,
  { Familial: 'family', Acquainted: 'acquaintance', Unaquainted: 'stranger' },
);

/** CTDC's recruiter relation columns (`recruiterRelationFamily`, ...). */
export const CTDC_RECRUITER_RELATION_OF_RECRUITER: Record<RecruiterRelationship, string> = {
  family: 'recruiterRelationFamily',
  intimate_partner: 'recruiterRelationIntimatePartner',
  friend: 'recruiterRelationFriend',
  acquaintance: 'recruiterRelationOther',
  stranger: 'recruiterRelationOther',
};

// --- Identification → vic_TraffickingStatus and vic_TraffickingStatusDecisionMakingOrg -------------

export const HTCDS_TRAFFICKING_STATUSES = [
  'PossibleVictimOfTrafficking',
  'ActualVictimOfTrafficking',
  'NotAVictimOfTrafficking',
] as const;
export type HtcdsTraffickingStatus = (typeof HTCDS_TRAFFICKING_STATUSES)[number];

/** Formal identification (by the prosecution) makes an actual victim; informal, a possible one. */
export const htcdsTraffickingStatus = (formallyIdentified: boolean): HtcdsTraffickingStatus =>
  formallyIdentified ? 'ActualVictimOfTrafficking' : 'PossibleVictimOfTrafficking';

export const HTCDS_DECISION_ORGS = [
  'Police',
  'NGO',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
  'Other',
] as const;
export type HtcdsDecisionOrg = (typeof HTCDS_DECISION_ORGS)[number];

/** The kind of organisation that identified the person (ИБД's sources, api.md "Codes"). */
export const HTCDS_DECISION_ORG_OF_SOURCE: Record<Source, HtcdsDecisionOrg> = {
  police: 'Police',
  border_police: 'Police',
  prosecution: 'CourtOrProsecution',
  social_assistance: 'NonPoliceGovernmentalOrganization',
  child_protection_agency: 'NonPoliceGovernmentalOrganization',
  consulate: 'NonPoliceGovernmentalOrganization',
  local_commission: 'NonPoliceGovernmentalOrganization',
  foreign_authority: 'NonPoliceGovernmentalOrganization',
  ngo: 'NGO',
  iom: 'Other',
  hotline: 'Other',
  self_referral: 'Other',
  other: 'Other',
};

/** A non-police authority named by a partner abroad is a foreign authority to ИБД. */
export const SOURCE_OF_HTCDS_DECISION_ORG: Record<HtcdsDecisionOrg, Source> = reverse(HTCDS_DECISION_ORG_OF_SOURCE, {
  Police: 'police',
  NGO: 'ngo',
  CourtOrProsecution: 'prosecution',
  NonPoliceGovernmentalOrganization: 'foreign_authority',
  Other: 'other',
});

// --- Historic trafficking events: recruitment and exploitation countries -------------------------

/** `hte_Type` values ИБД holds a country for (it keeps no transit countries). */
export const HTCDS_EVENT_TYPES = ['Recruitment', 'Exploitation'] as const;
export type HtcdsEventType = (typeof HTCDS_EVENT_TYPES)[number];
