import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Sex } from '@ibd/shared/contracts';
import { UnitEntity } from '@ibd/api/units';
import { UserEntity } from '@ibd/api/users';

/**
 * A person cared for. Identity (names, personal number, birth date, contacts, addresses, documents)
 * is one AES-256-GCM value in `identity_enc`; only the attributes statistics need are in clear.
 * Exact lookups go through keyed blind indexes (HMAC), never through plaintext.
 */
@Entity({ name: 'victims' })
@Index('victims_code_key', ['code'], { unique: true })
@Index('victims_pn_index_key', ['pnIndex'], { unique: true, where: 'pn_index IS NOT NULL' })
@Index('victims_name_index_idx', ['nameIndex'])
@Index('victims_name_dob_index_idx', ['nameDobIndex'])
@Check('victims_sex_check', `sex IN ('female', 'male', 'other', 'unknown')`)
@Check('victims_birth_year_check', `birth_year BETWEEN 1900 AND 2200`)
@Check('victims_citizenship_check', `citizenship ~ '^[A-Z]{2}$'`)
export class VictimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  sex!: Sex;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'char', length: 2, nullable: true })
  citizenship!: string | null;

  @Column({ type: 'varchar', length: 3, array: true, default: () => `'{}'` })
  languages!: string[];

  @Column({ name: 'identity_enc', type: 'text' })
  identityEnc!: string;

  @Column({ name: 'pn_index', type: 'char', length: 64, nullable: true })
  pnIndex!: string | null;

  @Column({ name: 'name_index', type: 'char', length: 64 })
  nameIndex!: string;

  @Column({ name: 'name_dob_index', type: 'char', length: 64, nullable: true })
  nameDobIndex!: string | null;

  /** The facility that registered the person: it holds them until a case of theirs exists. */
  @Column({ name: 'registered_by_unit_id', type: 'uuid' })
  registeredByUnitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registered_by_unit_id' })
  registeredByUnit?: UnitEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
