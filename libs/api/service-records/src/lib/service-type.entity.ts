import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The catalogue of services rendered: seeded by a migration, extended by admins. */
@Entity({ name: 'service_types' })
@Check('service_types_code_check', `code ~ '^[a-z][a-z0-9_]{1,47}$'`)
export class ServiceTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code!: string;

  @Column({ name: 'name_bg', type: 'varchar', length: 200 })
  nameBg!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
