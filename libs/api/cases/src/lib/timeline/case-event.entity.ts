import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../case.entity';

/** Codes, numbers and flags: an event never carries a personal value. */
export type CaseEventData = Record<string, string | number | boolean | null | string[]>;

/**
 * One entry of a case's timeline. Every feature that changes a case appends here in the same
 * transaction (status changes, plan, tasks, services; referrals and placements later), so the
 * timeline is one indexed read. `data` holds codes and numbers only, never personal values.
 */
@Entity({ name: 'case_events' })
@Index('case_events_case_at_idx', ['caseId', 'at', 'id'])
export class CaseEventEntity {
  /** Increasing in insertion order: breaks ties between events of one moment. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  /** When it happened (a service's providedAt), which can be before it was recorded. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The row the event is about (a service record, a task, a plan item, ...). */
  @Column({ name: 'ref_id', type: 'uuid', nullable: true })
  refId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data!: CaseEventData;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
