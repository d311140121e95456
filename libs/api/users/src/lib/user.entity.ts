import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@ibd/shared/contracts';
import { UnitEntity } from '@ibd/api/units';

@Entity({ name: 'users' })
@Unique('users_username_key', ['username'])
@Check('users_role_check', `role IN ('shelter_staff', 'social_worker', 'monitor', 'auditor', 'admin')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Refresh tokens issued before this moment are void (password, role, unit or status changed). */
  @Column({ name: 'credentials_changed_at', type: 'timestamptz', default: () => 'now()' })
  credentialsChangedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
