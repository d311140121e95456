import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@ibd/api/users';

/**
 * A user's TOTP secret, encrypted under the identity keyring (`*_enc`, so `npm run keys:rotate`
 * re-encrypts it). Pending until confirmed by a first code; `last_step` is the time step of the
 * last code accepted, and only a later step is accepted next (no replay).
 */
@Entity({ name: 'second_factors' })
@Unique('second_factors_user_key', ['userId'])
export class SecondFactorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'second_factors_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'second_factors_user_fkey' })
  user?: UserEntity;

  @Column({ name: 'secret_enc', type: 'text' })
  secretEnc!: string;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'last_step', type: 'bigint', nullable: true })
  lastStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
