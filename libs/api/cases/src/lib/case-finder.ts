import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';
import { CaseEntity } from './case.entity';
import { caseScope, whereCaseInScope } from './case-scope';
import { caseClosed, caseNotFound } from './cases.errors';

/**
 * `findOpenForChange` as part of a single statement (one round trip, one transaction): the case
 * `:caseId` in the caller's scope, share locked (a CTE named by the caller), with `id`,
 * `facility_id` and `status`. Whether the statement may write is then `assertOpenForChange(status)`,
 * with the status it saw (none: out of scope).
 */
export function caseForChange(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  const scope = caseScope(user);
  return {
    sql: `SELECT c.id, c.facility_id, c.status FROM cases c WHERE c.id = :caseId AND ${scope.where} FOR SHARE OF c`,
    params: scope.params,
  };
}

/** 404 for a case out of scope (no status), 409 for a closed one. */
export function assertOpenForChange(status: string | null | undefined): void {
  if (!status) throw caseNotFound();
  if (status === 'closed') throw caseClosed();
}

/** Loads a case through the caller's scope (404 outside it): what every case feature starts with. */
@Injectable()
export class CaseFinder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `lock`: 'write' (FOR UPDATE) to change the case itself, 'read' (FOR SHARE) to add to it. */
  async findInScope(
    id: string,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
    lock?: 'read' | 'write',
  ): Promise<CaseEntity> {
    const qb = whereCaseInScope(
      manager.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = :id', { id }),
      user,
    );
    if (lock) qb.setLock(lock === 'write' ? 'pessimistic_write' : 'pessimistic_read', undefined, ['c']);
    const found = await qb.getOne();
    if (!found) throw caseNotFound();
    return found;
  }

  /**
   * A case that may still receive records (services, plan, tasks): in scope, not closed, and share
   * locked so that it cannot close meanwhile, while records for it can be added concurrently.
   */
  async findOpenForChange(
    id: string,
    user: AuthUser,
    manager: EntityManager,
    lock: 'read' | 'write' = 'read',
  ): Promise<CaseEntity> {
    const found = await this.findInScope(id, user, manager, lock);
    assertOpenForChange(found.status);
    return found;
  }
}
