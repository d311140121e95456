import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The minimum stay per kind of residential facility (ЗБТХ чл. 9 ал. 2: not less than 30 days in a
 * temporary shelter): data, seeded by a migration, so a change of the law is an UPDATE.
 */
@Entity({ name: 'stay_terms' })
@Check('stay_terms_kind_check', `facility_kind IN ('temporary_shelter', 'reintegration_shelter')`)
@Check('stay_terms_days_check', `min_stay_days > 0`)
export class StayTermEntity {
  @PrimaryColumn({ name: 'facility_kind', type: 'varchar', length: 32 })
  facilityKind!: string;

  @Column({ name: 'min_stay_days', type: 'integer' })
  minStayDays!: number;

  @Column({ type: 'varchar', length: 500 })
  basis!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
