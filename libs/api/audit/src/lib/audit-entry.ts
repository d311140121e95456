import type { EntityManager } from 'typeorm';
import { execute } from '@ibd/api/core';

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

const AUDIT_COLUMNS = 'actor_id, actor_role, action, entity, entity_id, request_id';

/**
 * Appends an entry in the caller's transaction: it commits or rolls back with the change it
 * records; the sealer chains it after the commit (AuditSealer).
 */
export async function appendAudit(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await execute(manager, `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
    actor.id,
    actor.role,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    actor.requestId,
  ]);
}

/**
 * `appendAudit` as part of a single statement (one round trip, one transaction with the change):
 * an INSERT of one entry per row of `from` (e.g. a CTE's name), with `entityId` an SQL expression
 * over it. The values are the named parameters of `auditParams`.
 */
export function auditInsert(from: string, entityId: string): string {
  return `INSERT INTO audit_log (${AUDIT_COLUMNS})
    SELECT :auditActorId::uuid, :auditActorRole, :auditAction, :auditEntity, ${entityId}, :auditRequestId FROM ${from}`;
}

export function auditParams(actor: AuditActor, entry: Omit<AuditEntry, 'entityId'>): Record<string, unknown> {
  return {
    auditActorId: actor.id,
    auditActorRole: actor.role,
    auditAction: entry.action,
    auditEntity: entry.entity,
    auditRequestId: actor.requestId,
  };
}
