import { RUN_STATUSES, type RunKind, type RunStatus } from '@ibd/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@ibd/api/users';

/**
 * A request for statistics built in the background: the monitoring snapshots of a period, or its
 * record-level anonymised file. Written before anything reaches Redis (the outbox): the worker's
 * dispatcher hands queued runs to the queue, the processor reports on them here.
 */
@Entity({ name: 'statistics_runs' })
@Check('statistics_runs_status_check', `status IN ('queued', 'running', 'done', 'failed')`)
@Check('statistics_runs_kind_check', `kind IN ('snapshots', 'record_export')`)
@Check('statistics_runs_progress_check', 'progress BETWEEN 0 AND 100')
@Check('statistics_runs_period_check', 'period_from <= period_to')
@Index('statistics_runs_pending_idx', ['createdAt'], { where: `status = 'queued'` })
@Index('statistics_runs_created_idx', ['createdAt'])
@Index('statistics_runs_nightly_key', ['from', 'to'], {
  unique: true,
  where: `requested_by IS NULL AND kind = 'snapshots'`,
})
export class StatisticsRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16, default: 'snapshots' })
  kind!: RunKind;

  /** Null for the nightly runs the system requests itself, one per day. */
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by' })
  requester?: UserEntity;

  @Column({ name: 'period_from', type: 'date' })
  from!: string;

  @Column({ name: 'period_to', type: 'date' })
  to!: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: RunStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  /** Why the last attempt failed, in words a person can act on; never personal data. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** The id of the request that asked for the run (none for the nightly runs): the worker logs under it. */
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  /** When the dispatcher last handed the run to the queue. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

export { RUN_STATUSES, type RunStatus };
