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
} from 'typeorm';
import { BedEntity } from '@ibd/api/units';
import { UserEntity } from '@ibd/api/users';
import { PlacementEntity } from './placement.entity';

/**
 * Which bed a stay held, and when. A bed is never held twice at one moment, nor a stay on two beds
 * (exclusion constraints over the time range); the bed belongs to the stay's facility (composite
 * foreign keys through `facility_id`). A move closes one row and opens the next: one stay.
 */
@Entity({ name: 'bed_assignments' })
@Index('bed_assignments_placement_idx', ['placementId'])
@Index('bed_assignments_facility_open_idx', ['facilityId'], { where: 'to_at IS NULL' })
@Exclusion('bed_assignments_bed_overlap_excl', `USING gist ("bed_id" WITH =, tstzrange("from_at", "to_at") WITH &&)`)
@Exclusion(
  'bed_assignments_placement_overlap_excl',
  `USING gist ("placement_id" WITH =, tstzrange("from_at", "to_at") WITH &&)`,
)
@Check('bed_assignments_range_check', `to_at IS NULL OR to_at > from_at`)
export class BedAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'placement_id', referencedColumnName: 'id', foreignKeyConstraintName: 'bed_assignments_placement_fkey' },
    { name: 'facility_id', referencedColumnName: 'facilityId' },
  ])
  placement?: PlacementEntity;

  @Column({ name: 'bed_id', type: 'uuid' })
  bedId!: string;

  @ManyToOne(() => BedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'bed_id', referencedColumnName: 'id', foreignKeyConstraintName: 'bed_assignments_bed_fkey' },
    { name: 'facility_id', referencedColumnName: 'unitId' },
  ])
  bed?: BedEntity;

  @Column({ name: 'from_at', type: 'timestamptz' })
  fromAt!: Date;

  @Column({ name: 'to_at', type: 'timestamptz', nullable: true })
  toAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'bed_assignments_creator_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
