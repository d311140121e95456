import type { ExploitationForm, ReferralStatus, Sex, Source, Urgency } from './codes';

/** Mailboxes of GET /referrals: what reached the caller's unit, or what it sent. */
export const REFERRAL_BOXES = ['inbox', 'outbox'] as const;
export type ReferralBox = (typeof REFERRAL_BOXES)[number];

/** Transitions of a referral (api.md): every other one is a 409. */
export const REFERRAL_ACTIONS = ['accept', 'decline', 'withdraw', 'complete'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** Open referrals: the receiving unit may still act on them (and a social worker sees the person). */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['sent', 'accepted'];

/** Timeline events a referral adds to its case. */
export const REFERRAL_EVENT_KINDS = [
  'referral.sent',
  'referral.accepted',
  'referral.declined',
  'referral.withdrawn',
  'referral.completed',
] as const;

export interface ReferralVictimSummary {
  sex: Sex;
  citizenship: string | null;
  birthYear: number | null;
}

/** A referral; `Moment` is a Date in the API and an ISO string in the client (see CaseView). */
export interface ReferralView<Moment = string> {
  id: string;
  code: string;
  status: ReferralStatus;
  fromUnitId: string;
  fromUnitCode: string;
  toUnitId: string;
  toUnitCode: string;
  source: Source | null;
  caseId: string | null;
  caseCode: string | null;
  /** The case at the receiving facility after acceptance (the existing one when it was already there). */
  resultCaseId: string | null;
  resultCaseCode: string | null;
  victim: ReferralVictimSummary | null;
  /** Known forms of exploitation of a person new to the system (used when the case is opened). */
  exploitationForms: ExploitationForm[];
  urgency: Urgency;
  /** Free text: left out for monitors, who read by code only. */
  reason?: string;
  transnationalCountry: string | null;
  consent: { given: true; date: string; recordedBy: string };
  sentAt: Moment;
  answeredAt: Moment | null;
  /** Whole minutes from sending to acceptance or refusal (the NRM's feedback step). */
  minutesToAnswer: number | null;
  declineReason?: string | null;
  withdrawnAt: Moment | null;
  completedAt: Moment | null;
}

// Request bodies of /referrals: the API's DTOs implement them and the client sends them, so a field
// renamed on one side is a compile error on the other.

/** The person's informed consent to a referral: without it nothing is sent. */
export interface ReferralConsent {
  given: true;
  date: string;
}

/** A person new to the system: statistical attributes only, never identity. */
export interface ReferralVictim {
  sex: Sex;
  citizenship?: string;
  birthYear?: number;
  exploitationForms?: ExploitationForm[];
}

export interface Transnational {
  /** The other country, ISO 3166-1 alpha-2. */
  country: string;
}

export interface CreateReferral {
  toUnitId: string;
  source?: Source;
  /** An existing case; or `victim` for a person new to the system. */
  caseId?: string;
  victim?: ReferralVictim;
  reason: string;
  urgency: Urgency;
  consent: ReferralConsent;
  transnational?: Transnational;
}

/** The referral sent on when a resident leaves (a discharge's `onwardReferral`). */
export type OnwardReferral = Omit<CreateReferral, 'caseId' | 'victim'>;

export interface AcceptReferral {
  identifiedAt?: string;
  identifiedBy?: Source;
  exploitationForms?: ExploitationForm[];
}

export interface DeclineReferral {
  reason: string;
}
