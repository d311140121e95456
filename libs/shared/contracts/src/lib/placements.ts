import type { CaseTaskKind } from './cases';
import type { OnwardReferral } from './referrals';

/** Why a stay ended (docs/domain.md, "Codes"); labels are translated in the client. */
export const DISCHARGE_REASONS = [
  'term_ended',
  'goals_met',
  'own_decision',
  'transferred',
  'returned_abroad',
  'rules_breach',
  'lost_contact',
  'other',
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

/** Where the person went. */
export const DISCHARGE_DESTINATIONS = [
  'home',
  'family',
  'independent_living',
  'other_service',
  'other_shelter',
  'return_abroad',
  'unknown',
  'other',
] as const;
export type DischargeDestination = (typeof DISCHARGE_DESTINATIONS)[number];

/** Who proposed an extension of the stay (ЗБТХ чл. 9 ал. 3: on the proposal of the shelter). */
export const EXTENSION_PROPOSERS = ['shelter', 'social_services', 'prosecution', 'resident', 'other'] as const;
export type ExtensionProposer = (typeof EXTENSION_PROPOSERS)[number];

/** Timeline events a stay adds to its case. */
export const PLACEMENT_EVENT_KINDS = [
  'placement.admitted',
  'placement.extended',
  'placement.moved',
  'placement.discharged',
] as const;

/** Kinds of alert the alerts job computes. */
export const ALERT_KINDS = [
  'term_ending',
  'term_overdue',
  'child_notification_overdue',
  'referral_unanswered',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface BedOccupant {
  caseCode: string;
  placementId: string;
  /** When the resident took this bed (after a move, later than the admission). */
  since: string;
  admittedAt: string;
  stayLimitDate: string;
  /** Days from today (Europe/Sofia) to the end of the term; negative once it has passed. */
  daysLeft: number;
  /**
   * The term ends within the alert threshold (`term_ending_days` of the alert settings), the same
   * rule the alerts job counts by; overdue terms too.
   */
  endingSoon: boolean;
}

export interface BedBoardEntry {
  id: string;
  code: string;
  label: string;
  active: boolean;
  occupied: boolean;
  /** Left out for admins, who see no case data. */
  occupiedBy?: BedOccupant | null;
}

export interface PlacementView<Moment = string> {
  id: string;
  caseId: string;
  caseCode: string;
  facilityId: string;
  facilityCode: string;
  bedId: string | null;
  bedCode: string | null;
  admittedAt: Moment;
  admittedOn: string;
  stayLimitDate: string;
  initialLimitDate: string;
  daysLeft: number | null;
  dischargedAt: Moment | null;
  dischargeReason: DischargeReason | null;
  destination: DischargeDestination | null;
  consentDate: string;
  /** The accepted referral the person arrived with. */
  referralId: string | null;
  /** The referral sent on at discharge. */
  onwardReferralId: string | null;
}

export interface PlacementExtensionView<Moment = string> {
  id: string;
  previousLimitDate: string;
  newLimitDate: string;
  proposer: ExtensionProposer;
  /** Free text: left out for monitors. */
  reason?: string;
  basis: string;
  recordedBy: string;
  recordedAt: Moment;
}

/** GET /placements/:id: the stay with its extensions and the beds it held. */
export interface PlacementDetailView<Moment = string> extends PlacementView<Moment> {
  extensions: PlacementExtensionView<Moment>[];
  beds: Array<{ bedId: string; bedCode: string; from: Moment; to: Moment | null }>;
}

export interface AlertView<Moment = string> {
  id: string;
  kind: AlertKind;
  /** The unit that must act (the facility, or the receiver of an unanswered referral). */
  unitId: string;
  unitCode: string;
  /** The sender of an unanswered referral. */
  senderUnitId: string | null;
  /** The case code, or the referral code of a referral alert. */
  code: string;
  caseId: string | null;
  /** The placement, task or referral the alert is about. */
  subjectId: string;
  /** For a child notification, which one (to whom): the task's kind. */
  taskKind: CaseTaskKind | null;
  /** A stay's term end (Europe/Sofia) and the days left to it (negative: past). */
  dueDate: string | null;
  daysLeft: number | null;
  /** A task's deadline, or when a referral should have been answered. */
  dueAt: Moment | null;
  computedAt: Moment;
}

// Request bodies of /placements: the API's DTOs implement them and the client sends them.

/** The person's consent to the placement. */
export interface PlacementConsent {
  given: true;
  /** Default: the admission date. */
  date?: string;
}

export interface CreatePlacement {
  caseId: string;
  facilityId: string;
  /** Default: a free bed chosen by the server. */
  bedId?: string;
  admittedAt: string;
  consent: PlacementConsent;
  /** The accepted referral the person arrived with: the admission completes it. */
  referralId?: string;
}

export interface ExtendPlacement {
  until: string;
  reason: string;
  basis: string;
  proposer?: ExtensionProposer;
}

export interface MovePlacement {
  bedId: string;
  at: string;
}

export interface DischargePlacement {
  dischargedAt: string;
  reason: DischargeReason;
  destination: DischargeDestination;
  onwardReferral?: OnwardReferral;
}

export interface UpdateStayTerm {
  minStayDays: number;
}

export interface UpdateAlertSetting {
  value: number;
}
