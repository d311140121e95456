import type { PlanItemKind, PlanItemStatus, RiskLevel } from './cases';
import type { Sex } from './codes';

/**
 * Views of a person's records and of the audit log, shared by the API and the client. `Moment` is a
 * point in time: a Date in the API, an ISO string in the client (see CaseView).
 */
export interface VictimView<Moment = string, Identity = unknown> {
  id: string;
  code: string;
  sex: Sex;
  birthYear: number | null;
  citizenship: string | null;
  languages: string[];
  createdAt: Moment;
  updatedAt: Moment;
  /** Present only for staff of a facility holding the person. */
  identity?: Identity;
}

export interface ServiceTypeView {
  code: string;
  nameBg: string;
  nameEn: string;
}

export interface ServiceRecordView<Moment = string> {
  id: string;
  caseId: string;
  type: string;
  providedAt: Moment;
  durationMinutes: number;
  staffId: string;
  facilityId: string;
  createdAt: Moment;
  /** Staff of the case's facility only. */
  notes?: string | null;
}

export interface PlanItemView<Moment = string> {
  id: string;
  kind: PlanItemKind;
  status: PlanItemStatus;
  riskLevel: RiskLevel | null;
  dueOn: string | null;
  createdAt: Moment;
  updatedAt: Moment;
  /** Staff of the case's facility only. */
  text?: string;
  responsible?: string | null;
}

export interface PlanReviewView<Moment = string> {
  id: string;
  reviewedOn: string;
  nextReviewOn: string | null;
  createdAt: Moment;
  summary?: string;
}

export interface PlanView<Moment = string> {
  items: PlanItemView<Moment>[];
  reviews: PlanReviewView<Moment>[];
}

export interface AuditView<Moment = string> {
  id: number;
  at: Moment;
  actorId: string | null;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
  hash: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenId?: number;
}

export interface AuditHead<Moment = string> {
  id: number;
  hash: string;
  at: Moment | null;
}
