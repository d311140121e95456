import type {
  CaseStatus,
  ExploitationForm,
  MeansOfControl,
  PlanItemKind,
  RecruiterRelationship,
  RiskLevel,
  Sex,
  Source,
  VictimView as VictimViewOf,
} from '@ibd/shared/contracts';

/** The API's views of issue 3 (libs/api/cases, victims, service-records), as the client reads them. */
export type {
  CaseListItem,
  CaseTaskView,
  CaseView,
  PlanItemView,
  PlanReviewView,
  PlanView,
  ServiceRecordView,
  ServiceTypeView,
} from '@ibd/shared/contracts';

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

export type VictimView = VictimViewOf<string, VictimIdentity>;

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
  meansOfControl?: MeansOfControl[];
  recruiterRelationship?: RecruiterRelationship | null;
  transnationalConsent?: { given: boolean; date?: string; includesIdentity?: boolean };
}

/** What a case's details form changes. */
export type UpdateCase = Partial<Omit<CreateCase, 'victimId'>>;

export interface CreateServiceRecord {
  type: string;
  providedAt: string;
  durationMinutes: number;
  notes?: string;
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
  'meansOfControl',
  'recruiterRelationship',
  'transnationalConsent.date',
] as const;

export const SERVICE_FIELDS = ['type', 'providedAt', 'durationMinutes', 'notes'] as const;
export const PLAN_FIELDS = ['kind', 'text', 'riskLevel', 'dueOn', 'responsible'] as const;
