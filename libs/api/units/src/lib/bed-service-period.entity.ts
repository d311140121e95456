import { Check, Column, Entity, Exclusion, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BedEntity } from './bed.entity';

/**
 * When a bed was in service: the history behind a facility's capacity on any past day. Written by
 * the database itself (trigger `beds_service_period` on beds: a new active bed opens a period, taking
 * a bed out of service closes it, bringing it back opens the next), so no path can forget it; the
 * periods of one bed never overlap.
 */
@Entity({ name: 'bed_service_periods' })
@Exclusion('bed_service_periods_overlap_excl', `USING gist ("bed_id" WITH =, tstzrange("from_at", "to_at") WITH &&)`)
@Check('bed_service_periods_range_check', `to_at IS NULL OR to_at > from_at`)
export class BedServicePeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bed_id', type: 'uuid' })
  bedId!: string;

  @ManyToOne(() => BedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bed_id', foreignKeyConstraintName: 'bed_service_periods_bed_fkey' })
  bed?: BedEntity;

  @Column({ name: 'from_at', type: 'timestamptz' })
  fromAt!: Date;

  /** Null: in service now. */
  @Column({ name: 'to_at', type: 'timestamptz', nullable: true })
  toAt!: Date | null;
}
