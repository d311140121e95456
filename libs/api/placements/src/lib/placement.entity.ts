import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { DischargeDestination, DischargeReason } from '@ibd/shared/contracts';
import { CaseEntity } from '@ibd/api/cases';
import { ReferralEntity } from '@ibd/api/referrals';
import { UnitEntity } from '@ibd/api/units';
import { UserEntity } from '@ibd/api/users';

/**
 * One stay of a case in a residential facility, from admission to discharge, however many beds it
 * used (see BedAssignmentEntity). A case never has two overlapping stays (exclusion constraint).
 */
@Entity({ name: 'placements' })
@Unique('placements_id_facility_key', ['id', 'facilityId'])
@Index('placements_case_idx', ['caseId'])
@Index('placements_facility_admitted_idx', ['facilityId', 'admittedAt'])
@Index('placements_active_limit_idx', ['stayLimitDate'], { where: 'discharged_at IS NULL' })
@Exclusion(
  'placements_case_overlap_excl',
  `USING gist ("case_id" WITH =, tstzrange("admitted_at", "discharged_at") WITH &&)`,
)
@Check('placements_consent_check', `consent_given`)
@Check('placements_limit_check', `stay_limit_date >= initial_limit_date`)
@Check(
  'placements_discharge_check',
  `(discharged_at IS NULL) = (discharge_reason IS NULL) AND (discharged_at IS NULL) = (destination IS NULL) AND (discharged_at IS NULL) = (discharged_by IS NULL)`,
)
@Check('placements_discharge_after_check', `discharged_at > admitted_at`)
@Check(
  'placements_discharge_reason_check',
  `discharge_reason IN ('term_ended', 'goals_met', 'own_decision', 'transferred', 'returned_abroad', 'rules_breach', 'lost_contact', 'other')`,
)
@Check(
  'placements_destination_check',
  `destination IN ('home', 'family', 'independent_living', 'other_service', 'other_shelter', 'return_abroad', 'unknown', 'other')`,
)
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'placements_case_fkey' })
  case?: CaseEntity;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'placements_facility_fkey' })
  facility?: UnitEntity;

  /** The accepted referral the person arrived with, completed by the admission. */
  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'placements_referral_fkey' })
  referral?: ReferralEntity;

  @Column({ name: 'admitted_at', type: 'timestamptz' })
  admittedAt!: Date;

  /** The admission date in Bulgaria plus the minimum stay of the facility's kind. */
  @Column({ name: 'initial_limit_date', type: 'date' })
  initialLimitDate!: string;

  /** The end of the term now: the initial one or the last extension's. */
  @Column({ name: 'stay_limit_date', type: 'date' })
  stayLimitDate!: string;

  @Column({ name: 'consent_given', type: 'boolean' })
  consentGiven!: boolean;

  @Column({ name: 'consent_date', type: 'date' })
  consentDate!: string;

  @Column({ name: 'consent_recorded_by', type: 'uuid' })
  consentRecordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_recorded_by', foreignKeyConstraintName: 'placements_consent_recorder_fkey' })
  consentRecorder?: UserEntity;

  @Column({ name: 'discharged_at', type: 'timestamptz', nullable: true })
  dischargedAt!: Date | null;

  @Column({ name: 'discharge_reason', type: 'varchar', length: 32, nullable: true })
  dischargeReason!: DischargeReason | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  destination!: DischargeDestination | null;

  @Column({ name: 'discharged_by', type: 'uuid', nullable: true })
  dischargedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discharged_by', foreignKeyConstraintName: 'placements_discharger_fkey' })
  discharger?: UserEntity;

  /** The referral sent on at discharge, in the same transaction. */
  @Column({ name: 'onward_referral_id', type: 'uuid', nullable: true })
  onwardReferralId!: string | null;

  @ManyToOne(() => ReferralEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'onward_referral_id', foreignKeyConstraintName: 'placements_onward_referral_fkey' })
  onwardReferral?: ReferralEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'placements_creator_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
