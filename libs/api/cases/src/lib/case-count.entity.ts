import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitEntity } from '@ibd/api/units';

/**
 * How many cases each facility has in each status, kept by the database (trigger `cases_count` on
 * cases), so the total of an unfiltered case list is one row away instead of a count of every
 * matching case. Exact: it changes in the same transaction as the case.
 */
@Entity({ name: 'case_counts' })
@Check('case_counts_n_check', `n >= 0`)
export class CaseCountEntity {
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'case_counts_facility_fkey' })
  facility?: UnitEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'int' })
  n!: number;
}
