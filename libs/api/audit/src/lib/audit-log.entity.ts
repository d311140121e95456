import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the append-only audit log, inserted in the transaction of the change it records.
 * Writers only insert: no lock, no chain head. After commit the sealer (`audit_seal()`, see
 * AuditSealer) gives each entry its position in the hash chain in `audit_seal`. The database
 * refuses UPDATE, DELETE and TRUNCATE. Entries carry codes and ids only, never personal values.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_idx', ['entity', 'entityId'])
@Index('audit_log_actor_idx', ['actorId'])
@Index('audit_log_at_idx', ['at'])
@Index('audit_log_xid_idx', ['xid'])
export class AuditLogEntity {
  /** Insertion order; the chain's order is the position the sealer gives (audit_seal). Never shown. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  /** The writing transaction (set by the insert trigger), so the sealer knows which entries may still come. */
  @Column({ type: 'bigint' })
  xid!: string;

  /** When the entry was written (set by the insert trigger). */
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
}
