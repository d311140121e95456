import {
  EXPLOITATION_FORMS,
  type ExploitationForm,
  MEANS_OF_CONTROL,
  type MeansOfControl,
  type RecruiterRelationship,
  type Sex,
  type Source,
} from '@ibd/shared/contracts';
import {
  ageAtIdentification,
  ctdcAgeBand,
  type CtdcAgeBand,
  FORM_OF_HTCDS_EXPLOITATION,
  HTCDS_CONTROL_OF_MEANS,
  HTCDS_DECISION_ORG_OF_SOURCE,
  HTCDS_EXPLOITATION_OF_FORM,
  HTCDS_EXPLOITATION_TYPES,
  HTCDS_GENDER_OF_SEX,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RELATIONSHIP_OF_RECRUITER,
  htcdsTraffickingStatus,
  MEANS_OF_HTCDS_CONTROL,
  RECRUITER_OF_HTCDS_RELATIONSHIP,
  SEX_OF_HTCDS_GENDER,
  SOURCE_OF_HTCDS_DECISION_ORG,
  type HtcdsDecisionOrg,
  type HtcdsEventType,
  type HtcdsExploitationType,
  type HtcdsGender,
  type HtcdsMethodOfControl,
  type HtcdsRelationship,
  type HtcdsTraffickingStatus,
} from './code-lists';

export const HTCDS_VERSION = '2.0';

/** CTDC's `majorityStatus`: a minor or an adult at identification (registration). */
export const CTDC_MAJORITY_STATUSES = ['Minor', 'Adult'] as const;
export type CtdcMajorityStatus = (typeof CTDC_MAJORITY_STATUSES)[number];

/** The identity fields HTCDS has and ИБД sends, only when the person's consent includes identity. */
export interface HtcdsIdentity {
  prs_FirstName: string;
  prs_MiddleName?: string;
  prs_SecondName: string;
  prs_Birthdate?: string;
  prs_MobilePhone?: string;
  prs_Email?: string;
}

export interface HtcdsEvent {
  hte_Type: HtcdsEventType;
  hte_Country: string;
}

/**
 * One person's case as ИБД exchanges it: HTCDS fields under their HTCDS names (`prs_` person,
 * `vic_` person victim context, `hte_` historic trafficking events, `org_` the sending
 * organisation), CTDC's `ageBroad`, and `ibd_` fields for what ИБД holds and HTCDS has no field
 * for. Single values are null and lists empty when not recorded, so every document has one shape.
 */
export interface HtcdsRecord extends Partial<HtcdsIdentity> {
  htcdsVersion: typeof HTCDS_VERSION;
  org_Name: string;
  org_ShippingCountry: string;
  prs_Gender: HtcdsGender;
  prs_Citizenship: string[];
  ageBroad: CtdcAgeBand | null;
  majorityStatus: CtdcMajorityStatus | null;
  vic_TraffickingStatus: HtcdsTraffickingStatus;
  vic_TraffickingStatusDecisionMakingOrg: HtcdsDecisionOrg;
  vic_TypeOfExploitation: HtcdsExploitationType[];
  vic_MethodsOfControl: HtcdsMethodOfControl[];
  vic_RelationshipToTrafficker: HtcdsRelationship | null;
  hte_Events: HtcdsEvent[];
  ibd_BirthYear: number | null;
  ibd_IdentifiedOn: string;
  ibd_FormalIdentifiedOn: string | null;
  ibd_AssistanceTypes: string[];
  ibd_ConsentDate: string;
  ibd_ConsentIncludesIdentity: boolean;
}

/** The fields that say who sent a document rather than what it says about the person. */
export const HTCDS_ENVELOPE_FIELDS = ['htcdsVersion', 'org_Name', 'org_ShippingCountry'] as const;

export const HTCDS_IDENTITY_FIELDS = [
  'prs_FirstName',
  'prs_MiddleName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_MobilePhone',
  'prs_Email',
] as const satisfies ReadonlyArray<keyof HtcdsIdentity>;

/** The identity part of a record in ИБД's terms (victims' `identity`, the fields HTCDS carries). */
export interface ExchangeIdentity {
  firstName: string;
  middleName?: string;
  lastName: string;
  dateOfBirth?: string;
  phone?: string;
  email?: string;
}

/** What ИБД holds of a case that an HTCDS document carries, in ИБД's codes. */
export interface ExchangeRecord {
  sender: { name: string; country: string };
  sex: Sex;
  citizenship: string | null;
  birthYear: number | null;
  /** Under 18 at identification; null when unknown (no birth date or year). */
  child: boolean | null;
  identifiedAt: string;
  identifiedBy: Source;
  formalIdentifiedAt: string | null;
  formalIdentifiedBy: Source | null;
  exploitationForms: ExploitationForm[];
  meansOfControl: MeansOfControl[];
  recruiterRelationship: RecruiterRelationship | null;
  recruitmentCountries: string[];
  exploitationCountries: string[];
  assistanceTypes: string[];
  consent: { date: string; includesIdentity: boolean };
  identity: ExchangeIdentity | null;
}

/** Distinct values in the order of their code list. */
const inOrder = <T extends string>(values: Iterable<T>, order: readonly T[]): T[] => {
  const present = new Set(values);
  return order.filter((value) => present.has(value));
};

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

const withoutEmpty = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;

/** The HTCDS document of a record. Identity goes in only when the record has one. */
export function toHtcds(record: ExchangeRecord): HtcdsRecord {
  const formal = record.formalIdentifiedAt !== null;
  const age = ageAtIdentification(record.birthYear, record.identifiedAt, record.child === true);
  const identity = record.identity;
  return {
    htcdsVersion: HTCDS_VERSION,
    org_Name: record.sender.name,
    org_ShippingCountry: record.sender.country,
    ...(identity
      ? withoutEmpty({
          prs_FirstName: identity.firstName,
          prs_MiddleName: identity.middleName,
          prs_SecondName: identity.lastName,
          prs_Birthdate: identity.dateOfBirth,
          prs_MobilePhone: identity.phone,
          prs_Email: identity.email,
        })
      : {}),
    prs_Gender: HTCDS_GENDER_OF_SEX[record.sex],
    prs_Citizenship: record.citizenship ? [record.citizenship] : [],
    ageBroad: age === null ? null : ctdcAgeBand(age),
    majorityStatus: record.child === null ? null : record.child ? 'Minor' : 'Adult',
    vic_TraffickingStatus: htcdsTraffickingStatus(formal),
    vic_TraffickingStatusDecisionMakingOrg:
      HTCDS_DECISION_ORG_OF_SOURCE[
        formal && record.formalIdentifiedBy ? record.formalIdentifiedBy : record.identifiedBy
      ],
    vic_TypeOfExploitation: inOrder(
      record.exploitationForms.map((form) => HTCDS_EXPLOITATION_OF_FORM[form]),
      HTCDS_EXPLOITATION_TYPES,
    ),
    vic_MethodsOfControl: inOrder(record.meansOfControl.map(HTCDS_CONTROL_OF_MEANS), HTCDS_METHODS_OF_CONTROL),
    vic_RelationshipToTrafficker: record.recruiterRelationship
      ? HTCDS_RELATIONSHIP_OF_RECRUITER[record.recruiterRelationship]
      : null,
    hte_Events: [
      ...sorted(record.recruitmentCountries).map((country) => ({
        hte_Type: 'Recruitment' as const,
        hte_Country: country,
      })),
      ...sorted(record.exploitationCountries).map((country) => ({
        hte_Type: 'Exploitation' as const,
        hte_Country: country,
      })),
    ],
    ibd_BirthYear: record.birthYear,
    ibd_IdentifiedOn: record.identifiedAt,
    ibd_FormalIdentifiedOn: record.formalIdentifiedAt,
    ibd_AssistanceTypes: sorted(record.assistanceTypes),
    ibd_ConsentDate: record.consent.date,
    ibd_ConsentIncludesIdentity: record.consent.includesIdentity,
  };
}

/** A checked document in ИБД's codes (the import's validation has run: codes known, countries alpha-2). */
export function fromHtcds(document: HtcdsRecord): ExchangeRecord {
  const formal = document.vic_TraffickingStatus === 'ActualVictimOfTrafficking';
  const source = SOURCE_OF_HTCDS_DECISION_ORG[document.vic_TraffickingStatusDecisionMakingOrg];
  const events = (type: HtcdsEventType) =>
    sorted(document.hte_Events.filter((event) => event.hte_Type === type).map((event) => event.hte_Country));
  return {
    sender: { name: document.org_Name, country: document.org_ShippingCountry },
    sex: SEX_OF_HTCDS_GENDER[document.prs_Gender],
    citizenship: document.prs_Citizenship[0] ?? null,
    birthYear: document.ibd_BirthYear,
    child: document.majorityStatus === null ? null : document.majorityStatus === 'Minor',
    identifiedAt: document.ibd_IdentifiedOn,
    identifiedBy: source,
    formalIdentifiedAt: formal ? (document.ibd_FormalIdentifiedOn ?? document.ibd_IdentifiedOn) : null,
    formalIdentifiedBy: formal ? source : null,
    exploitationForms: inOrder(
      document.vic_TypeOfExploitation.map((type) => FORM_OF_HTCDS_EXPLOITATION[type]),
      EXPLOITATION_FORMS,
    ),
    meansOfControl: inOrder(document.vic_MethodsOfControl.map(MEANS_OF_HTCDS_CONTROL), MEANS_OF_CONTROL),
    recruiterRelationship: document.vic_RelationshipToTrafficker
      ? RECRUITER_OF_HTCDS_RELATIONSHIP[document.vic_RelationshipToTrafficker]
      : null,
    recruitmentCountries: events('Recruitment'),
    exploitationCountries: events('Exploitation'),
    assistanceTypes: sorted(document.ibd_AssistanceTypes),
    consent: { date: document.ibd_ConsentDate, includesIdentity: document.ibd_ConsentIncludesIdentity },
    identity: document.prs_FirstName
      ? (withoutEmpty({
          firstName: document.prs_FirstName,
          middleName: document.prs_MiddleName,
          lastName: document.prs_SecondName,
          dateOfBirth: document.prs_Birthdate,
          phone: document.prs_MobilePhone,
          email: document.prs_Email,
        }) as ExchangeIdentity)
      : null,
  };
}

/** The columns of the CSV form, HTCDS names; lists are `;`-separated, events as two parallel lists. */
export const HTCDS_CSV_COLUMNS = [
  'htcdsVersion',
  'org_Name',
  'org_ShippingCountry',
  ...HTCDS_IDENTITY_FIELDS,
  'prs_Gender',
  'prs_Citizenship',
  'ageBroad',
  'majorityStatus',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'vic_TypeOfExploitation',
  'vic_MethodsOfControl',
  'vic_RelationshipToTrafficker',
  'hte_Type',
  'hte_Country',
  'ibd_BirthYear',
  'ibd_IdentifiedOn',
  'ibd_FormalIdentifiedOn',
  'ibd_AssistanceTypes',
  'ibd_ConsentDate',
  'ibd_ConsentIncludesIdentity',
] as const;

/** One CSV row of a document, in HTCDS_CSV_COLUMNS' order: text, numbers, or null (empty). */
export function htcdsCsvRow(document: HtcdsRecord): Array<string | number | null> {
  const cells: Record<string, unknown> = {
    ...document,
    hte_Type: document.hte_Events.map((event) => event.hte_Type),
    hte_Country: document.hte_Events.map((event) => event.hte_Country),
  };
  return HTCDS_CSV_COLUMNS.map((column) => {
    const value = cells[column];
    if (Array.isArray(value)) return value.join(';');
    if (typeof value === 'boolean') return String(value);
    return (value as string | number | null | undefined) ?? null;
  });
}
