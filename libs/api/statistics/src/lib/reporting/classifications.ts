import {
  type ClosedReportingClassification,
  type ExploitationForm,
  REPORTING_CODES,
  type ReportingCode,
  type Source,
} from '@ibd/shared/contracts';
import { CTDC_AGE_BAND_LOWEST, EU_MEMBER_STATES } from '@ibd/api/interchange';

/**
 * The classifications of the reporting tables, as data: each row is `[code, label]`, in the
 * order the tables list them. Codes are what the SQL groups by and what the client translates
 * (REPORTING_CODES of the contracts); labels are English, what an export shows.
 */
export type Classification = ReadonlyArray<readonly [code: string, label: string]>;

/** The codes of a classification of the contracts, in their order, each with its English label. */
const labelled = <K extends ClosedReportingClassification>(
  kind: K,
  labels: Record<ReportingCode<K>, string>,
): Classification => REPORTING_CODES[kind].map((code: ReportingCode<K>) => [code, labels[code]] as const);

export const SEX_GROUPS: Classification = labelled('sex_group', {
  female: 'Female',
  male: 'Male',
  other_unknown: 'Other or unknown',
});

/** Child: under 18 at identification, as the case records it (from the birth date when known). */
export const AGE_GROUPS: Classification = labelled('age_group', {
  child: 'Child (under 18)',
  adult: 'Adult',
});

/**
 * The age bands of the Counter Trafficking Data Collaborative (the interchange code list), at
 * identification: [code, label, lowest age]; the codes are those of REPORTING_CODES.ctdc_age_band,
 * before its `unknown`.
 */
export const CTDC_AGE_BANDS: ReadonlyArray<readonly [string, string, number]> = CTDC_AGE_BAND_LOWEST.map(
  ([code, lowest]) => [code, code.endsWith('+') ? `${lowest} and over` : code.replace('-', '–'), lowest] as const,
);

export const CITIZENSHIP_GROUPS: Classification = labelled('citizenship_group', {
  bulgarian: 'Bulgarian',
  other_eu: 'Other EU',
  non_eu: 'Non-EU',
  unknown: 'Unknown',
});

/** The member states of the European Union other than Bulgaria (ISO 3166-1 alpha-2; Greece is GR). */
export const OTHER_EU_COUNTRIES = EU_MEMBER_STATES.filter((country) => country !== 'BG');

export const EXPLOITATION_FORM_LABELS: Record<ExploitationForm, string> = {
  sexual_exploitation: 'Sexual exploitation',
  forced_labour: 'Forced labour or services',
  forced_begging: 'Forced begging',
  criminal_activities: 'Forced criminal activities',
  organ_removal: 'Organ removal',
  forced_marriage: 'Forced marriage',
  illegal_adoption: 'Illegal adoption',
  surrogacy: 'Surrogacy',
  servitude: 'Servitude',
  benefit_fraud: 'Benefit fraud',
  other: 'Other',
};

export const EUROSTAT_CATEGORIES: Classification = labelled('eurostat_category', {
  sexual: 'Sexual exploitation',
  forced_labour: 'Forced labour or services',
  other: 'Other forms of exploitation',
});

export const TIP_CATEGORIES: Classification = labelled('tip_category', {
  sex: 'Sex trafficking',
  labour: 'Labour trafficking',
  unspecified: 'Unspecified',
});

/**
 * Each form of exploitation in Eurostat's categories (crim_thb: servitude is a form of forced
 * labour or services; begging, criminal activities, organs, marriage, adoption and the rest are
 * "other forms") and in the US TIP report's (sex trafficking; labour trafficking, which under the
 * TVPA includes forced begging, forced criminality and involuntary servitude; the rest unspecified).
 */
export const EXPLOITATION_MAPPING: Record<
  ExploitationForm,
  { eurostat: ReportingCode<'eurostat_category'>; tip: ReportingCode<'tip_category'> }
> = {
  sexual_exploitation: { eurostat: 'sexual', tip: 'sex' },
  forced_labour: { eurostat: 'forced_labour', tip: 'labour' },
  servitude: { eurostat: 'forced_labour', tip: 'labour' },
  forced_begging: { eurostat: 'other', tip: 'labour' },
  criminal_activities: { eurostat: 'other', tip: 'labour' },
  organ_removal: { eurostat: 'other', tip: 'unspecified' },
  forced_marriage: { eurostat: 'other', tip: 'unspecified' },
  illegal_adoption: { eurostat: 'other', tip: 'unspecified' },
  surrogacy: { eurostat: 'other', tip: 'unspecified' },
  benefit_fraud: { eurostat: 'other', tip: 'unspecified' },
  other: { eurostat: 'other', tip: 'unspecified' },
};

export const SOURCE_LABELS: Record<Source, string> = {
  police: 'Police',
  border_police: 'Border police',
  prosecution: 'Prosecution',
  social_assistance: 'Social assistance directorate',
  child_protection_agency: 'State Agency for Child Protection',
  consulate: 'Consulate',
  local_commission: 'Local commission',
  ngo: 'Non-governmental organisation',
  iom: 'IOM',
  hotline: 'Hotline',
  self_referral: 'Self-referral',
  foreign_authority: 'Foreign authority',
  other: 'Other',
};

export const TRAFFICKING_SCOPES: Classification = labelled('trafficking_scope', {
  internal: 'Internal (within Bulgaria)',
  transnational: 'Transnational',
});
