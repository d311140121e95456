import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@ibd/shared/contracts';

/** Whether a role must sign in with a second factor while MFA_REQUIRED is on; data, seeded by a migration. */
@Entity({ name: 'mfa_policies' })
@Check('mfa_policies_role_check', `role IN ('shelter_staff', 'social_worker', 'monitor', 'auditor', 'admin')`)
export class MfaPolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'mfa_policies_pkey' })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  required!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
