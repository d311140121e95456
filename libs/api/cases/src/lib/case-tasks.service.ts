import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CHILD_NOTIFICATION_TASKS } from '@ibd/shared/contracts';
import { appendAudit, Actor } from '@ibd/api/audit';
import { type AuthUser, queryRows } from '@ibd/api/core';
import { CaseTaskEntity } from './case-task.entity';
import { CaseTaskView, TASK_COLUMNS } from './case-views';
import { notifiedInFuture, taskAlreadyDone, taskNotFound } from './cases.errors';
import type { CompleteTaskDto } from './dto/complete-task.dto';
import { CaseFinder } from './case-finder';
import { appendCaseEvents } from './timeline/case-events';

/** How far ahead of this server's clock a notification time may be (another device's clock). */
const CLOCK_SKEW_MS = 60_000;

@Injectable()
export class CaseTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseFinder,
  ) {}

  /** The child notifications, due `hours` after the identification date began in Bulgaria. */
  async createChildNotifications(
    manager: EntityManager,
    caseId: string,
    identifiedAt: string,
    hours: number,
    actorId: string,
  ): Promise<void> {
    const tasks = await queryRows<{ id: string; kind: string }>(
      manager,
      `INSERT INTO case_tasks (case_id, kind, due_at)
       SELECT $1, kind, ($2::date::timestamp AT TIME ZONE 'Europe/Sofia') + make_interval(hours => $3)
         FROM unnest($4::varchar[]) AS kind
       ON CONFLICT (case_id, kind) DO NOTHING
       RETURNING id, kind`,
      [caseId, identifiedAt, hours, [...CHILD_NOTIFICATION_TASKS]],
    );
    await appendCaseEvents(
      manager,
      ...tasks.map((task) => ({ caseId, kind: 'task.created', actorId, refId: task.id, data: { task: task.kind } })),
    );
  }

  async list(
    caseId: string,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseTaskView[]> {
    await this.cases.findInScope(caseId, user, manager);
    return this.ofCase(manager, caseId);
  }

  ofCase(manager: EntityManager, caseId: string): Promise<CaseTaskView[]> {
    return manager
      .createQueryBuilder()
      .select(TASK_COLUMNS)
      .from(CaseTaskEntity, 't')
      .leftJoin('users', 'du', 'du.id = t.done_by')
      .where('t.case_id = :caseId', { caseId })
      .orderBy('t.due_at')
      .addOrderBy('t.kind')
      .getRawMany();
  }

  /**
   * Records who notified the authority and when (`notifiedAt`, default now); audited with the change.
   * The task's alert leaves every list at once (the alerts list skips done tasks).
   */
  async complete(caseId: string, taskId: string, dto: CompleteTaskDto, actor: Actor): Promise<CaseTaskView> {
    const notifiedAt = dto.notifiedAt ? new Date(dto.notifiedAt) : null;
    if (notifiedAt && notifiedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw notifiedInFuture();
    return this.dataSource.transaction(async (manager) => {
      await this.cases.findInScope(caseId, actor, manager, 'read');
      const repository = manager.getRepository(CaseTaskEntity);
      const task = await repository.findOne({ where: { id: taskId, caseId } });
      if (!task) throw taskNotFound();
      // A moment a little ahead of the database's clock counts as now.
      const marked = await repository
        .createQueryBuilder()
        .update()
        .set({
          doneAt: () => 'now()',
          doneBy: actor.id,
          notifiedAt: () => 'LEAST(now(), COALESCE(CAST(:notifiedAt AS timestamptz), now()))',
        })
        .where('id = :id AND done_at IS NULL', { id: task.id })
        .setParameter('notifiedAt', notifiedAt?.toISOString() ?? null)
        .execute();
      if (!marked.affected) throw taskAlreadyDone();
      await appendCaseEvents(manager, {
        caseId,
        kind: 'task.done',
        actorId: actor.id,
        refId: task.id,
        data: { task: task.kind },
      });
      await appendAudit(manager, actor, { action: 'case.task.done', entity: 'case_task', entityId: task.id });
      const views = await this.ofCase(manager, caseId);
      return views.find((view) => view.id === task.id) as CaseTaskView;
    });
  }
}
