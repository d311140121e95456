import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ExtensionProposer } from '@ibd/shared/contracts';
import { UserEntity } from '@ibd/api/users';
import { PlacementEntity } from './placement.entity';

/** An extension of a stay's term (ЗБТХ чл. 9 ал. 3): who proposed it, why, on what basis, until when. */
@Entity({ name: 'placement_extensions' })
@Index('placement_extensions_placement_idx', ['placementId', 'recordedAt'])
@Check('placement_extensions_later_check', `new_limit_date > previous_limit_date`)
@Check(
  'placement_extensions_proposer_check',
  `proposer IN ('shelter', 'social_services', 'prosecution', 'resident', 'other')`,
)
export class PlacementExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId!: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id', foreignKeyConstraintName: 'placement_extensions_placement_fkey' })
  placement?: PlacementEntity;

  @Column({ name: 'previous_limit_date', type: 'date' })
  previousLimitDate!: string;

  @Column({ name: 'new_limit_date', type: 'date' })
  newLimitDate!: string;

  @Column({ type: 'varchar', length: 32 })
  proposer!: ExtensionProposer;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ type: 'varchar', length: 500 })
  basis!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'placement_extensions_recorder_fkey' })
  recorder?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
