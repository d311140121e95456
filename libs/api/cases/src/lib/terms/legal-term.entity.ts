import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A legal term the law may change (docs/domain.md, "Legal terms"): data, seeded by a migration. */
@Entity({ name: 'legal_terms' })
@Check('legal_terms_value_check', `value > 0`)
@Check('legal_terms_unit_check', `unit IN ('hours', 'days', 'months', 'years')`)
export class LegalTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'integer' })
  value!: number;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ type: 'varchar', length: 500 })
  basis!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
