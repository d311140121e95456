import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  CaseStatus,
  ClosureReason,
  ExploitationForm,
  MeansOfControl,
  RecruiterRelationship,
  Source,
} from '@ibd/shared/contracts';
import { UnitEntity } from '@ibd/api/units';
import { UserEntity } from '@ibd/api/users';
import { VictimEntity } from '@ibd/api/victims';

const SOURCES_SQL = `('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')`;

/** One episode of support for one victim at one facility (docs/domain.md, "The life of a case"). */
@Entity({ name: 'cases' })
@Index('cases_code_key', ['code'], { unique: true })
@Index('cases_victim_idx', ['victimId'])
@Index('cases_facility_status_opened_idx', ['facilityId', 'status', 'openedAt'])
@Index('cases_status_opened_idx', ['status', 'openedAt'])
@Index('cases_identified_at_idx', ['identifiedAt'])
/** Statistics read the cases opened, and those closed, in a period. */
@Index('cases_opened_at_idx', ['openedAt'])
@Index('cases_closed_at_idx', ['closedAt'])
@Check('cases_status_check', `status IN ('open', 'active', 'closed')`)
@Check('cases_identified_by_check', `identified_by IN ${SOURCES_SQL}`)
@Check('cases_formal_identified_by_check', `formal_identified_by IN ${SOURCES_SQL}`)
@Check('cases_formal_identification_check', `(formal_identified_at IS NULL) = (formal_identified_by IS NULL)`)
@Check(
  'cases_exploitation_forms_check',
  `cardinality(exploitation_forms) > 0 AND exploitation_forms <@ ARRAY['sexual_exploitation', 'forced_labour', 'forced_begging', 'criminal_activities', 'organ_removal', 'forced_marriage', 'illegal_adoption', 'surrogacy', 'servitude', 'benefit_fraud', 'other']::varchar[]`,
)
@Check(
  'cases_closure_reason_check',
  `closure_reason IN ('goals_met', 'moved_on', 'returned_abroad', 'lost_contact', 'declined_support', 'other')`,
)
@Check(
  'cases_closed_check',
  `(status = 'closed') = (closed_at IS NOT NULL AND closure_reason IS NOT NULL AND retention_until IS NOT NULL)`,
)
@Check(
  'cases_means_of_control_check',
  `means_of_control <@ ARRAY['debt_bondage', 'takes_earnings', 'restricts_financial_access', 'threats', 'psychological_abuse', 'physical_abuse', 'sexual_abuse', 'false_promises', 'psychoactive_substances', 'restricts_movement', 'restricts_medical_care', 'excessive_working_hours', 'uses_children', 'threat_of_law_enforcement', 'withholds_necessities', 'withholds_documents', 'other']::varchar[]`,
)
@Check(
  'cases_recruiter_relationship_check',
  `recruiter_relationship IN ('family', 'intimate_partner', 'friend', 'acquaintance', 'stranger')`,
)
@Check(
  'cases_trm_consent_check',
  `trm_consent_given = (trm_consent_date IS NOT NULL) AND (trm_consent_given OR NOT trm_consent_identity)`,
)
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `VAR-SHELTER-2026-0007`: the facility's code, the year, a number: no personal data. */
  @Column({ type: 'varchar', length: 48 })
  code!: string;

  @Column({ name: 'victim_id', type: 'uuid' })
  victimId!: string;

  @ManyToOne(() => VictimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: VictimEntity;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility?: UnitEntity;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: CaseStatus;

  /** Informal identification (by any professional): already entitles the person to services. */
  @Column({ name: 'identified_at', type: 'date' })
  identifiedAt!: string;

  @Column({ name: 'identified_by', type: 'varchar', length: 32 })
  identifiedBy!: Source;

  /** Formal identification (prosecution): starts an adult's reflection period. */
  @Column({ name: 'formal_identified_at', type: 'date', nullable: true })
  formalIdentifiedAt!: string | null;

  @Column({ name: 'formal_identified_by', type: 'varchar', length: 32, nullable: true })
  formalIdentifiedBy!: Source | null;

  @Column({ name: 'exploitation_forms', type: 'varchar', length: 32, array: true })
  exploitationForms!: ExploitationForm[];

  @Column({ name: 'recruitment_countries', type: 'varchar', length: 2, array: true, default: () => `'{}'` })
  recruitmentCountries!: string[];

  @Column({ name: 'exploitation_countries', type: 'varchar', length: 2, array: true, default: () => `'{}'` })
  exploitationCountries!: string[];

  @Column({ type: 'boolean' })
  transnational!: boolean;

  /** How the exploiters controlled the person (HTCDS `MethodsOfControl`), when the shelter records it. */
  @Column({ name: 'means_of_control', type: 'varchar', length: 32, array: true, default: () => `'{}'` })
  meansOfControl!: MeansOfControl[];

  @Column({ name: 'recruiter_relationship', type: 'varchar', length: 24, nullable: true })
  recruiterRelationship!: RecruiterRelationship | null;

  /** Service types the person received before this case, from the partner that referred them. */
  @Column({ name: 'assistance_before', type: 'varchar', length: 48, array: true, default: () => `'{}'` })
  assistanceBefore!: string[];

  /** The person's consent to a transnational referral (TRM): without it no HTCDS export. */
  @Column({ name: 'trm_consent_given', type: 'boolean', default: false })
  trmConsentGiven!: boolean;

  @Column({ name: 'trm_consent_date', type: 'date', nullable: true })
  trmConsentDate!: string | null;

  /** Whether the consent lets the person's identity travel with the referral. */
  @Column({ name: 'trm_consent_identity', type: 'boolean', default: false })
  trmConsentIdentity!: boolean;

  /** Under 18 at identification, computed when the case is opened or its date corrected. */
  @Column({ type: 'boolean' })
  child!: boolean;

  @Column({ name: 'reflection_ends_on', type: 'date', nullable: true })
  reflectionEndsOn!: string | null;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closure_reason', type: 'varchar', length: 32, nullable: true })
  closureReason!: ClosureReason | null;

  /** After this date a scheduled job anonymises the identity (retention_years after closure). */
  @Column({ name: 'retention_until', type: 'date', nullable: true })
  retentionUntil!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
