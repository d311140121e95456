import type { EntityManager } from 'typeorm';

/** Whoever acts: a signed-in user (see `Actor`) or the system itself. */
export interface AuditActor {
  id: string | null;
  role: string;
  requestId: string | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
}

/** The key rotation command and scheduled jobs. */
export const SYSTEM_ACTOR: AuditActor = { id: null, role: 'system', requestId: null };

/**
 * Appends an entry in the caller's transaction: it commits or rolls back with the change it
 * records, and is sealed into the hash chain when the transaction commits.
 */
export async function appendAudit(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_role, action, entity, entity_id, request_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [actor.id, actor.role, entry.action, entry.entity, entry.entityId ?? null, actor.requestId],
  );
}
