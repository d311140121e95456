import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AlertView, Page } from '@ibd/shared/contracts';
import type { AuthUser } from '@ibd/api/core';
import { AlertEntity } from './alert.entity';
import { ListAlertsQuery } from './dto/list-alerts.query';

/** An alert as the API holds it (points in time as Dates). */
export type AlertRow = AlertView<Date>;

const ALERT_COLUMNS = [
  'al.id AS "id"',
  'al.kind AS "kind"',
  'al.unit_id AS "unitId"',
  'u.code AS "unitCode"',
  'al.sender_unit_id AS "senderUnitId"',
  'al.code AS "code"',
  'al.case_id AS "caseId"',
  'al.subject_id AS "subjectId"',
  't.kind AS "taskKind"',
  'al.due_date::text AS "dueDate"',
  `al.due_date - (now() AT TIME ZONE 'Europe/Sofia')::date AS "daysLeft"`,
  'al.due_at AS "dueAt"',
  'al.computed_at AS "computedAt"',
];

/**
 * A child notification's task, for its kind; one marked done since the job last ran is left out, so
 * it disappears for everyone at once rather than at the next run.
 */
function withOpenTasks(qb: SelectQueryBuilder<AlertEntity>): SelectQueryBuilder<AlertEntity> {
  return qb
    .leftJoin('case_tasks', 't', "al.kind = 'child_notification_overdue' AND t.id = al.subject_id")
    .andWhere('t.done_at IS NULL');
}

/**
 * Alerts for the unit that must act and, for an unanswered referral, the sender; monitors see all.
 * (Auditors and admins are refused by the controller's roles.)
 */
function whereAlertInScope(qb: SelectQueryBuilder<AlertEntity>, user: AuthUser): SelectQueryBuilder<AlertEntity> {
  if (user.role === 'monitor') return qb;
  if (user.role === 'shelter_staff' || user.role === 'social_worker') {
    return qb.andWhere('(al.unit_id = :scopeUnitId OR al.sender_unit_id = :scopeUnitId)', { scopeUnitId: user.unitId });
  }
  return qb.andWhere('false');
}

@Injectable()
export class AlertsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListAlertsQuery, user: AuthUser): Promise<Page<AlertRow>> {
    const qb = whereAlertInScope(
      withOpenTasks(
        this.dataSource
          .getRepository(AlertEntity)
          .createQueryBuilder('al')
          .innerJoin('units', 'u', 'u.id = al.unit_id'),
      ),
      user,
    );
    if (query.kind) qb.andWhere('al.kind = :kind', { kind: query.kind });
    const [items, count] = await Promise.all([
      qb
        .clone()
        .select(ALERT_COLUMNS)
        .orderBy("COALESCE(al.due_at, al.due_date::timestamp AT TIME ZONE 'Europe/Sofia')", 'ASC')
        .addOrderBy('al.code')
        .addOrderBy('t.kind')
        .addOrderBy('al.id')
        .offset(query.skip)
        .limit(query.pageSize)
        .getRawMany<AlertRow>(),
      qb.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>(),
    ]);
    return query.toPage(items, count?.total ?? 0);
  }
}
