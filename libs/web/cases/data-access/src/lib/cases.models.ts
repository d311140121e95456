import type { CaseStatus, ExploitationForm, VictimIdentity, VictimView as VictimViewOf } from '@ibd/shared/contracts';

/** The API's views and request bodies of cases, victims and services, shared with the API. */
export type {
  CreateCase,
  CreatePlanItem,
  CreateServiceRecord,
  CreateVictim,
  IdentityDocument,
  UpdateCase,
  VictimIdentity,
  CaseListItem,
  CaseTaskView,
  CaseView,
  PlanItemView,
  PlanReviewView,
  PlanView,
  ServiceRecordView,
  ServiceTypeView,
} from '@ibd/shared/contracts';

/** What the case list is filtered by; `null` or blank is any. */
export type CaseFilter = {
  status: CaseStatus | null;
  child: boolean | null;
  exploitationForm: ExploitationForm | null;
  q: string;
};

export interface TimelineEntry {
  at: string;
  kind: string;
  actorId: string | null;
  refId: string | null;
  data: Record<string, unknown>;
}

export type VictimView = VictimViewOf<string, VictimIdentity>;

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
