import type { CaseStatus, ExploitationForm, Source } from './codes';

/** Why a case was closed (docs/domain.md, "Codes"); labels are translated in the client. */
export const CLOSURE_REASONS = [
  'goals_met',
  'moved_on',
  'returned_abroad',
  'lost_contact',
  'declined_support',
  'other',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/**
 * How the exploiters controlled the person (HTCDS `MethodsOfControl`, one code per HTCDS value;
 * optional, multi-valued): see docs/interchange.md.
 */
export const MEANS_OF_CONTROL = [
  'debt_bondage',
  'takes_earnings',
  'restricts_financial_access',
  'threats',
  'psychological_abuse',
  'physical_abuse',
  'sexual_abuse',
  'false_promises',
  'psychoactive_substances',
  'restricts_movement',
  'restricts_medical_care',
  'excessive_working_hours',
  'uses_children',
  'threat_of_law_enforcement',
  'withholds_necessities',
  'withholds_documents',
  'other',
] as const;
export type MeansOfControl = (typeof MEANS_OF_CONTROL)[number];

/** Who recruited the person, as their relation to them (CTDC's recruiter relations, plus a stranger). */
export const RECRUITER_RELATIONSHIPS = ['family', 'intimate_partner', 'friend', 'acquaintance', 'stranger'] as const;
export type RecruiterRelationship = (typeof RECRUITER_RELATIONSHIPS)[number];

/** The person's consent to a transnational referral (TRM), recorded on the case before any export. */
export interface TransnationalConsent {
  given: boolean;
  date: string | null;
  /** Whether the person agreed that their identity (name, birth date, contacts) travels with it. */
  includesIdentity: boolean;
}

/** The three notifications a child case needs within the legal term (ДАЗД, МВР, НКБТХ). */
export const CHILD_NOTIFICATION_TASKS = ['notify_dazd', 'notify_mvr', 'notify_nkbth'] as const;
export type CaseTaskKind = (typeof CHILD_NOTIFICATION_TASKS)[number];

export const PLAN_ITEM_KINDS = ['need', 'risk', 'goal'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];
export const PLAN_ITEM_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Kinds of timeline events; later features (referrals, placements) add their own. */
export const CASE_EVENT_KINDS = [
  'case.opened',
  'case.updated',
  'case.activated',
  'case.closed',
  'case.reopened',
  'task.created',
  'task.done',
  'plan.item.added',
  'plan.item.updated',
  'plan.reviewed',
  'service.rendered',
] as const;

/** Legal terms kept as data in the `legal_terms` table (docs/domain.md, "Legal terms"). */
export const LEGAL_TERM_KEYS = ['reflection_days', 'child_notification_hours', 'retention_years'] as const;
export type LegalTermKey = (typeof LEGAL_TERM_KEYS)[number];

export const CASE_CODE_PATTERN = /^[A-Z]{2,8}(-[A-Z]{2,12})*-\d{4}-\d{4,6}$/;
export const VICTIM_CODE_PATTERN = /^V-\d{4}-\d{6,}$/;

/**
 * The API's views of a case. `Moment` is a point in time: a Date in the API (as PostgreSQL gives
 * it), an ISO string in the client (as JSON carries it). Dates without a time are YYYY-MM-DD text.
 */
export interface CaseListItem<Moment = string> {
  id: string;
  code: string;
  status: CaseStatus;
  victimId: string;
  victimCode: string;
  facilityId: string;
  facilityCode: string;
  identifiedAt: string;
  child: boolean;
  exploitationForms: ExploitationForm[];
  openedAt: Moment;
  closedAt: Moment | null;
}

export interface CaseTaskView<Moment = string> {
  id: string;
  kind: CaseTaskKind;
  dueAt: Moment;
  /** When the task was recorded as done, and by whom (a user id and name). */
  doneAt: Moment | null;
  doneBy: string | null;
  doneByName: string | null;
  /** When the authority was notified, as the user recorded it (at or before `doneAt`). */
  notifiedAt: Moment | null;
  overdue: boolean;
}

/** `POST /cases/:id/tasks/:taskId/done`: when the authority was notified (default: now). */
export interface CompleteTaskRequest {
  notifiedAt?: string;
}

export interface CaseView<Moment = string> extends CaseListItem<Moment> {
  identifiedBy: Source;
  formalIdentifiedAt: string | null;
  formalIdentifiedBy: Source | null;
  recruitmentCountries: string[];
  exploitationCountries: string[];
  transnational: boolean;
  meansOfControl: MeansOfControl[];
  recruiterRelationship: RecruiterRelationship | null;
  transnationalConsent: TransnationalConsent;
  /** Service types received before this case, from the partner abroad that referred the person. */
  assistanceBefore: string[];
  reflectionEndsOn: string | null;
  activatedAt: Moment | null;
  closureReason: ClosureReason | null;
  retentionUntil: string | null;
  updatedAt: Moment;
  tasks: CaseTaskView<Moment>[];
}

// Request bodies of /cases: the API's DTOs implement them and the client sends them, so a field
// renamed on one side is a compile error on the other.

/** What is set when a case opens and may be edited later. */
export interface CaseDetails {
  identifiedAt: string;
  identifiedBy: Source;
  formalIdentifiedAt?: string;
  formalIdentifiedBy?: Source;
  exploitationForms: ExploitationForm[];
  /** ISO 3166-1 alpha-2. */
  recruitmentCountries?: string[];
  exploitationCountries?: string[];
  /** Default: true when a country other than BG is named. */
  transnational?: boolean;
  meansOfControl?: MeansOfControl[];
  /** null: not recorded. */
  recruiterRelationship?: RecruiterRelationship | null;
  transnationalConsent?: TransnationalConsentRequest;
}

/** The TRM consent as sent: `date` is required when `given`. */
export interface TransnationalConsentRequest {
  given: boolean;
  date?: string;
  includesIdentity?: boolean;
}

export interface CreateCase extends CaseDetails {
  victimId: string;
  /** Default: the caller's facility, the only one allowed. */
  facilityId?: string;
}

export type UpdateCase = Partial<CaseDetails>;

export interface CloseCase {
  reason: ClosureReason;
}

export interface UpdateLegalTerm {
  value: number;
}
