import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseTaskKind } from '@ibd/shared/contracts';
import { UserEntity } from '@ibd/api/users';
import { CaseEntity } from './case.entity';

/** A task with a legal deadline, e.g. a child case's notifications to ДАЗД, МВР and НКБТХ. */
@Entity({ name: 'case_tasks' })
@Index('case_tasks_case_kind_key', ['caseId', 'kind'], { unique: true })
@Index('case_tasks_open_due_idx', ['dueAt'], { where: 'done_at IS NULL' })
@Check('case_tasks_kind_check', `kind IN ('notify_dazd', 'notify_mvr', 'notify_nkbth')`)
@Check('case_tasks_done_check', `(done_at IS NULL) = (done_by IS NULL)`)
@Check('case_tasks_notified_check', `(notified_at IS NULL) = (done_at IS NULL) AND notified_at <= done_at`)
export class CaseTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 32 })
  kind!: CaseTaskKind;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'done_by', type: 'uuid', nullable: true })
  doneBy!: string | null;

  /** When the authority was notified, as recorded by the user who marked the task done. */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'done_by' })
  doer?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
