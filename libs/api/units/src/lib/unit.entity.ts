import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { UnitKind } from '@ibd/shared/contracts';

/** A facility of the Commission (услуга) or an outside agency unit that sends or receives referrals. */
@Entity({ name: 'units' })
@Unique('units_code_key', ['code'])
@Check(
  'units_kind_check',
  `kind IN ('temporary_shelter', 'reintegration_shelter', 'support_centre', 'agency', 'administration')`,
)
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: UnitKind;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
