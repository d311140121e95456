import type {
  CaseStatus,
  CaseTaskKind,
  ClosureReason,
  ExploitationForm,
  PlanItemKind,
  PlanItemStatus,
  RiskLevel,
  Sex,
  Source,
} from '@ibd/shared/contracts';

/** The API's views of issue 3 (libs/api/cases, victims, service-records), as the client reads them. */
export interface CaseListItem {
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
  openedAt: string;
  closedAt: string | null;
}

export interface CaseTaskView {
  id: string;
  kind: CaseTaskKind;
  dueAt: string;
  doneAt: string | null;
  doneBy: string | null;
  overdue: boolean;
}

export interface CaseView extends CaseListItem {
  identifiedBy: Source;
  formalIdentifiedAt: string | null;
  formalIdentifiedBy: Source | null;
  recruitmentCountries: string[];
  exploitationCountries: string[];
  transnational: boolean;
  reflectionEndsOn: string | null;
  activatedAt: string | null;
  closureReason: ClosureReason | null;
  retentionUntil: string | null;
  updatedAt: string;
  tasks: CaseTaskView[];
}

export interface CaseFilter {
  status: CaseStatus | null;
  child: boolean | null;
  exploitationForm: ExploitationForm | null;
  q: string;
  page: number;
  pageSize: number;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  actorId: string | null;
  refId: string | null;
  data: Record<string, unknown>;
}

export interface IdentityDocument {
  type: 'passport' | 'id_card' | 'residence_permit' | 'birth_certificate' | 'other';
  number: string;
  country?: string;
  validUntil?: string;
}

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

export interface VictimView {
  id: string;
  code: string;
  sex: Sex;
  birthYear: number | null;
  citizenship: string | null;
  languages: string[];
  createdAt: string;
  updatedAt: string;
  /** Present only for staff of a facility holding the person. */
  identity?: VictimIdentity;
}

export interface CreateVictim {
  identity: VictimIdentity;
  sex: Sex;
  citizenship?: string;
  birthYear?: number;
  acknowledgeDuplicate?: boolean;
}

export interface CreateCase {
  victimId: string;
  identifiedAt: string;
  identifiedBy: Source;
  exploitationForms: ExploitationForm[];
  formalIdentifiedAt?: string;
  formalIdentifiedBy?: Source;
  recruitmentCountries?: string[];
  exploitationCountries?: string[];
}

export interface ServiceTypeView {
  code: string;
  nameBg: string;
  nameEn: string;
}

export interface ServiceRecordView {
  id: string;
  caseId: string;
  type: string;
  providedAt: string;
  durationMinutes: number;
  staffId: string;
  facilityId: string;
  createdAt: string;
  notes?: string | null;
}

export interface CreateServiceRecord {
  type: string;
  providedAt: string;
  durationMinutes: number;
  notes?: string;
}

export interface PlanItemView {
  id: string;
  kind: PlanItemKind;
  status: PlanItemStatus;
  riskLevel: RiskLevel | null;
  dueOn: string | null;
  createdAt: string;
  updatedAt: string;
  text?: string;
  responsible?: string | null;
}

export interface PlanReviewView {
  id: string;
  reviewedOn: string;
  nextReviewOn: string | null;
  createdAt: string;
  summary?: string;
}

export interface PlanView {
  items: PlanItemView[];
  reviews: PlanReviewView[];
}

export interface CreatePlanItem {
  kind: PlanItemKind;
  text: string;
  riskLevel?: RiskLevel;
  dueOn?: string;
  responsible?: string;
}

/** Fields the API's messages may name, for the register-and-open form. */
export const VICTIM_FIELDS = [
  'identity',
  'identity.firstName',
  'identity.middleName',
  'identity.lastName',
  'identity.personalNumber',
  'identity.personalNumberType',
  'identity.dateOfBirth',
  'sex',
  'citizenship',
  'birthYear',
] as const;

export const CASE_FIELDS = [
  'identifiedAt',
  'identifiedBy',
  'formalIdentifiedAt',
  'formalIdentifiedBy',
  'exploitationForms',
  'recruitmentCountries',
  'exploitationCountries',
] as const;

export const SERVICE_FIELDS = ['type', 'providedAt', 'durationMinutes', 'notes'] as const;
export const PLAN_FIELDS = ['kind', 'text', 'riskLevel', 'dueOn', 'responsible'] as const;
