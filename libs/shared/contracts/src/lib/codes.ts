/** Stable code values of api.md ("Codes"); labels are translated in the client. */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const EXPLOITATION_FORMS = [
  'sexual_exploitation',
  'forced_labour',
  'forced_begging',
  'criminal_activities',
  'organ_removal',
  'forced_marriage',
  'illegal_adoption',
  'surrogacy',
  'servitude',
  'benefit_fraud',
  'other',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

export const SOURCES = [
  'police',
  'border_police',
  'prosecution',
  'social_assistance',
  'child_protection_agency',
  'consulate',
  'local_commission',
  'ngo',
  'iom',
  'hotline',
  'self_referral',
  'foreign_authority',
  'other',
] as const;
export type Source = (typeof SOURCES)[number];

export const SERVICE_TYPES = [
  'accommodation',
  'psychological',
  'social_work',
  'legal_aid',
  'medical',
  'interpretation',
  'accompaniment',
  'education',
  'vocational_employment',
  'family_reintegration',
  'safe_return',
  'financial_assistance',
  'other',
] as const;

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'withdrawn', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const URGENCIES = ['low', 'normal', 'high', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const CASE_STATUSES = ['open', 'active', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
