import type { DischargeDestination, DischargeReason, ExtensionProposer, Source, Urgency } from '@ibd/shared/contracts';

export interface Admission {
  caseId: string;
  facilityId: string;
  bedId?: string;
  admittedAt: string;
  consent: { given: true; date?: string };
  referralId?: string;
}

export interface Extension {
  until: string;
  reason: string;
  basis: string;
  proposer?: ExtensionProposer;
}

export interface Move {
  bedId: string;
  at: string;
}

export interface OnwardReferral {
  toUnitId: string;
  reason: string;
  urgency: Urgency;
  consent: { given: true; date: string };
  source?: Source;
}

export interface Discharge {
  dischargedAt: string;
  reason: DischargeReason;
  destination: DischargeDestination;
  onwardReferral?: OnwardReferral;
}

export const PLACEMENT_FIELDS = [
  'caseId',
  'facilityId',
  'bedId',
  'admittedAt',
  'consent',
  'consent.given',
  'consent.date',
  'until',
  'reason',
  'basis',
  'proposer',
  'at',
  'dischargedAt',
  'destination',
  'onwardReferral',
  'onwardReferral.toUnitId',
  'onwardReferral.reason',
  'onwardReferral.urgency',
  'onwardReferral.consent',
  'onwardReferral.consent.given',
  'onwardReferral.consent.date',
] as const;
