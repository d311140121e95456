import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertKind } from '@ibd/shared/contracts';
import { UnitEntity } from '@ibd/api/units';

/**
 * One alert, as the alerts job last computed it (the whole set is replaced in one transaction).
 * `unit_id` is the unit that must act; `sender_unit_id` the sender of an unanswered referral.
 * Codes and ids only: nothing personal.
 */
@Entity({ name: 'alerts' })
@Index('alerts_subject_key', ['kind', 'subjectId'], { unique: true })
@Index('alerts_unit_idx', ['unitId'])
@Index('alerts_sender_unit_idx', ['senderUnitId'])
@Check(
  'alerts_kind_check',
  `kind IN ('term_ending', 'term_overdue', 'child_notification_overdue', 'referral_unanswered')`,
)
@Check('alerts_due_check', `(due_date IS NULL) <> (due_at IS NULL)`)
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: AlertKind;

  /** The placement, task or referral the alert is about. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'alerts_unit_fkey' })
  unit?: UnitEntity;

  @Column({ name: 'sender_unit_id', type: 'uuid', nullable: true })
  senderUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_unit_id', foreignKeyConstraintName: 'alerts_sender_unit_fkey' })
  senderUnit?: UnitEntity;

  /** The case or referral code shown to the user. */
  @Column({ type: 'varchar', length: 48 })
  code!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  /** A stay's term end (Europe/Sofia date). */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  /** A task's deadline, or when a referral should have been answered. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
