import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ExploitationForm, ReferralStatus, Sex, Source, Urgency } from '@ibd/shared/contracts';
import { CaseEntity } from '@ibd/api/cases';
import { UnitEntity } from '@ibd/api/units';
import { UserEntity } from '@ibd/api/users';

const SOURCES_SQL = `('police', 'border_police', 'prosecution', 'social_assistance', 'child_protection_agency', 'consulate', 'local_commission', 'ngo', 'iom', 'hotline', 'self_referral', 'foreign_authority', 'other')`;
const ANSWERED = `status IN ('accepted', 'declined', 'completed')`;

/**
 * A referral (насочване) from one unit to another to take on a person (NRM/TRM). The person is an
 * existing case or, for someone new to the system, a statistical summary (no identity). The state
 * columns agree with the status (checks below); transitions are conditional UPDATEs on the status.
 */
@Entity({ name: 'referrals' })
@Index('referrals_code_key', ['code'], { unique: true })
@Index('referrals_to_unit_idx', ['toUnitId', 'status', 'sentAt'])
@Index('referrals_from_unit_idx', ['fromUnitId', 'status', 'sentAt'])
/** Statistics read the referrals sent, and those answered, in a period. */
@Index('referrals_sent_idx', ['sentAt'])
@Index('referrals_answered_idx', ['answeredAt'])
@Index('referrals_case_idx', ['caseId'])
@Index('referrals_result_case_idx', ['resultCaseId'])
@Index('referrals_open_case_key', ['caseId', 'toUnitId'], { unique: true, where: `status = 'sent'` })
@Check('referrals_status_check', `status IN ('sent', 'accepted', 'declined', 'withdrawn', 'completed')`)
@Check('referrals_urgency_check', `urgency IN ('low', 'normal', 'high', 'emergency')`)
@Check('referrals_source_check', `source IN ${SOURCES_SQL}`)
@Check('referrals_units_check', `from_unit_id <> to_unit_id`)
@Check('referrals_person_check', `case_id IS NOT NULL OR victim_sex IS NOT NULL`)
@Check('referrals_victim_sex_check', `victim_sex IN ('female', 'male', 'other', 'unknown')`)
@Check('referrals_victim_birth_year_check', `victim_birth_year BETWEEN 1900 AND 2200`)
@Check('referrals_victim_citizenship_check', `victim_citizenship ~ '^[A-Z]{2}$'`)
@Check(
  'referrals_exploitation_forms_check',
  `exploitation_forms <@ ARRAY['sexual_exploitation', 'forced_labour', 'forced_begging', 'criminal_activities', 'organ_removal', 'forced_marriage', 'illegal_adoption', 'surrogacy', 'servitude', 'benefit_fraud', 'other']::varchar[]`,
)
@Check('referrals_country_check', `transnational_country ~ '^[A-Z]{2}$'`)
@Check('referrals_consent_check', `consent_given`)
@Check('referrals_answered_check', `(${ANSWERED}) = (answered_at IS NOT NULL AND answered_by IS NOT NULL)`)
@Check('referrals_declined_check', `(status = 'declined') = (decline_reason IS NOT NULL)`)
@Check('referrals_withdrawn_check', `(status = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL)`)
@Check('referrals_completed_check', `(status = 'completed') = (completed_at IS NOT NULL)`)
@Check('referrals_accepted_case_check', `status NOT IN ('accepted', 'completed') OR case_id IS NOT NULL`)
@Check('referrals_result_case_check', `result_case_id IS NULL OR status IN ('accepted', 'completed')`)
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `REF-2026-000042`: no personal data. */
  @Column({ type: 'varchar', length: 24 })
  code!: string;

  @Column({ type: 'varchar', length: 16, default: 'sent' })
  status!: ReferralStatus;

  @Column({ name: 'from_unit_id', type: 'uuid' })
  fromUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_unit_id', foreignKeyConstraintName: 'referrals_from_unit_fkey' })
  fromUnit?: UnitEntity;

  @Column({ name: 'to_unit_id', type: 'uuid' })
  toUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_unit_id', foreignKeyConstraintName: 'referrals_to_unit_fkey' })
  toUnit?: UnitEntity;

  /** The outside source the person came from (police, IOM, ...); null: the sending unit itself. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  source!: Source | null;

  /** The case referred; for a person new to the system, the case opened on acceptance. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'referrals_case_fkey' })
  case?: CaseEntity;

  /** The case at the receiving facility after acceptance (null when the receiver is an agency). */
  @Column({ name: 'result_case_id', type: 'uuid', nullable: true })
  resultCaseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'result_case_id', foreignKeyConstraintName: 'referrals_result_case_fkey' })
  resultCase?: CaseEntity;

  @Column({ name: 'victim_sex', type: 'varchar', length: 16, nullable: true })
  victimSex!: Sex | null;

  @Column({ name: 'victim_citizenship', type: 'char', length: 2, nullable: true })
  victimCitizenship!: string | null;

  @Column({ name: 'victim_birth_year', type: 'smallint', nullable: true })
  victimBirthYear!: number | null;

  /** Known forms of exploitation, used when the receiving facility opens the case. */
  @Column({ name: 'exploitation_forms', type: 'varchar', length: 32, array: true, default: () => `'{}'` })
  exploitationForms!: ExploitationForm[];

  @Column({ type: 'varchar', length: 2000 })
  reason!: string;

  @Column({ type: 'varchar', length: 16 })
  urgency!: Urgency;

  @Column({ name: 'transnational_country', type: 'char', length: 2, nullable: true })
  transnationalCountry!: string | null;

  @Column({ name: 'consent_given', type: 'boolean' })
  consentGiven!: boolean;

  @Column({ name: 'consent_date', type: 'date' })
  consentDate!: string;

  @Column({ name: 'consent_recorded_by', type: 'uuid' })
  consentRecordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_recorded_by', foreignKeyConstraintName: 'referrals_consent_recorded_by_fkey' })
  consentRecorder?: UserEntity;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'sent_by', type: 'uuid' })
  sentBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by', foreignKeyConstraintName: 'referrals_sent_by_fkey' })
  sender?: UserEntity;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by', foreignKeyConstraintName: 'referrals_answered_by_fkey' })
  answerer?: UserEntity;

  @Column({ name: 'decline_reason', type: 'varchar', length: 1000, nullable: true })
  declineReason!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'withdrawn_by', foreignKeyConstraintName: 'referrals_withdrawn_by_fkey' })
  withdrawer?: UserEntity;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
