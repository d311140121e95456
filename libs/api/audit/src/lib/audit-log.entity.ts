import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the append-only, hash-chained audit log. An entry is inserted in the transaction of
 * the change it records and sealed when that transaction commits (deferred trigger
 * `audit_log_seal`): under the lock of the chain head row it gets its position `id`, its time
 * `at`, the previous entry's hash and its own. The lock is held only inside the database, between
 * the seal and the commit. UPDATE (other than the seal), DELETE and TRUNCATE are refused by triggers.
 * Entries carry codes and ids only, never personal values.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_id_key', ['id'], { unique: true })
@Index('audit_log_entity_idx', ['entity', 'entityId'])
@Index('audit_log_actor_idx', ['actorId'])
@Index('audit_log_at_idx', ['at'])
export class AuditLogEntity {
  /** Identifies the entry before it is sealed; never shown. */
  @PrimaryGeneratedColumn('uuid')
  key!: string;

  /** The position in the chain, in commit order, without gaps. */
  @Column({ type: 'bigint', nullable: true })
  id!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32 })
  actorRole!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash!: string | null;
}
