import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';
import { CaseEntity } from './case.entity';
import { whereCaseInScope } from './case-scope';
import { caseClosed, caseNotFound } from './cases.errors';

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
    if (found.status === 'closed') throw caseClosed();
    return found;
  }
}
