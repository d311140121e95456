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

// Request bodies of /victims, /services and a case's plan: the API's DTOs implement them and the
// client sends them.

export const IDENTITY_DOCUMENT_TYPES = [
  'passport',
  'id_card',
  'residence_permit',
  'birth_certificate',
  'other',
] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

export interface IdentityDocument {
  type: IdentityDocumentType;
  number: string;
  country?: string;
  validUntil?: string;
}

/** A person's identity: encrypted by the API, never kept in clear. */
export interface VictimIdentity {
  firstName: string;
  middleName?: string;
  lastName: string;
  personalNumber?: string;
  personalNumberType?: 'egn' | 'lnch';
  dateOfBirth?: string;
  phones?: string[];
  emails?: string[];
  addresses?: string[];
  documents?: IdentityDocument[];
}

/** The attributes statistics need, kept in clear. */
export interface VictimAttributes {
  sex: Sex;
  /** ISO 3166-1 alpha-2. */
  citizenship?: string;
  /** When the birth date is unknown. */
  birthYear?: number;
  /** ISO 639 codes. */
  languages?: string[];
}

export interface CreateVictim extends VictimAttributes {
  identity: VictimIdentity;
  /** True to register despite a POSSIBLE_DUPLICATE warning. */
  acknowledgeDuplicate?: boolean;
}

/** Any attribute, or the whole identity (replaced, not merged). */
export interface UpdateVictim extends Partial<VictimAttributes> {
  identity?: VictimIdentity;
  acknowledgeDuplicate?: boolean;
}

export interface CreateServiceRecord {
  /** A service type's code. */
  type: string;
  providedAt: string;
  durationMinutes: number;
  notes?: string;
}

export interface CreateServiceType {
  code: string;
  nameBg: string;
  nameEn: string;
}

export interface CreatePlanItem {
  kind: PlanItemKind;
  text: string;
  riskLevel?: RiskLevel;
  dueOn?: string;
  responsible?: string;
}

export interface UpdatePlanItem extends Partial<Omit<CreatePlanItem, 'kind'>> {
  status?: PlanItemStatus;
}

export interface CreatePlanReview {
  reviewedOn: string;
  summary: string;
  nextReviewOn?: string;
}
