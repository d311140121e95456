import type { RecordExportFormat } from '@ibd/shared/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { StatisticsRunEntity } from '../runs/statistics-run.entity';

/**
 * The file of a record-level export: its format, chosen when it was requested, and its content once
 * the run (kind `record_export`) has built it. The content is anonymised (k-anonymous, no ids).
 */
@Entity({ name: 'record_exports' })
@Check('record_exports_format_check', `format IN ('csv', 'json')`)
export class RecordExportEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @OneToOne(() => StatisticsRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: StatisticsRunEntity;

  @Column({ type: 'varchar', length: 8 })
  format!: RecordExportFormat;

  /** Read only for a download. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;
}
