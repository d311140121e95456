import { PERIOD_KINDS, type PeriodKind } from '@ibd/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitEntity } from '@ibd/api/units';
import { StatisticsRunEntity } from '../runs/statistics-run.entity';

/**
 * One monitoring figure of one facility for one period, long and narrow so that a new metric needs
 * no migration. The key is natural: a rebuild replaces the figure, never adds a second one.
 */
@Entity({ name: 'monitoring_snapshots' })
@Check('monitoring_snapshots_kind_check', `period_kind IN ('day', 'month', 'year')`)
@Check('monitoring_snapshots_period_check', 'period_start <= period_end')
@Index('monitoring_snapshots_period_idx', ['periodKind', 'periodStart'])
export class MonitoringSnapshotEntity {
  @PrimaryColumn({ name: 'facility_id', type: 'uuid', primaryKeyConstraintName: 'monitoring_snapshots_pkey' })
  facilityId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility?: UnitEntity;

  @PrimaryColumn({
    name: 'period_kind',
    type: 'varchar',
    length: 8,
    primaryKeyConstraintName: 'monitoring_snapshots_pkey',
  })
  periodKind!: PeriodKind;

  @PrimaryColumn({ name: 'period_start', type: 'date', primaryKeyConstraintName: 'monitoring_snapshots_pkey' })
  periodStart!: string;

  /** The last day the figure covers: the period's end, or the day of the build for a period still running. */
  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'monitoring_snapshots_pkey' })
  metric!: string;

  /** A breakdown of the metric (a service type, a referral source), '' when none. */
  @PrimaryColumn({ type: 'varchar', length: 64, default: '', primaryKeyConstraintName: 'monitoring_snapshots_pkey' })
  dimension!: string;

  @Column({ type: 'numeric' })
  value!: string;

  /** The run that built the figure. */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId!: string | null;

  @ManyToOne(() => StatisticsRunEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'run_id' })
  run?: StatisticsRunEntity;
}

export { PERIOD_KINDS, type PeriodKind };
