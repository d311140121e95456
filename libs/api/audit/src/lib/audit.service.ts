import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Page } from '@ibd/shared/contracts';
import { AuditLogEntity } from './audit-log.entity';
import { ListAuditQuery } from './dto/list-audit.query';

import type { AuditHead as AuditHeadOf, AuditVerification, AuditView as AuditViewOf } from '@ibd/shared/contracts';

export type { AuditVerification };

/** The views as the API holds them (points in time as Dates). */
export type AuditView = AuditViewOf<Date>;
export type AuditHead = AuditHeadOf<Date>;

const toView = (row: AuditLogEntity): AuditView => ({
  id: Number(row.id),
  at: row.at,
  actorId: row.actorId,
  actorRole: row.actorRole,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  requestId: row.requestId,
  hash: row.hash,
});

/**
 * Recomputes every hash with the same SQL function the insert trigger uses, checks that each entry
 * names its predecessor's hash and that ids run without gaps, and that the head agrees with the tail.
 */
const VERIFY_SQL = `
  WITH chain AS (
    SELECT a.id, a.hash, a.prev_hash, audit_log_hash(a) AS recomputed,
           lag(a.hash, 1, repeat('0', 64)) OVER (ORDER BY a.id) AS expected_prev,
           row_number() OVER (ORDER BY a.id) AS position
      FROM audit_log a WHERE a.id IS NOT NULL)
  SELECT count(*)::int AS checked,
         min(id) FILTER (WHERE hash IS DISTINCT FROM recomputed OR prev_hash IS DISTINCT FROM expected_prev OR id <> position) AS first_broken,
         max(id) AS last_id,
         (SELECT hash FROM audit_log WHERE id IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_hash,
         (SELECT count(*)::int FROM audit_log WHERE id IS NULL) AS unsealed,
         (SELECT last_id FROM audit_chain_head) AS head_id,
         (SELECT last_hash FROM audit_chain_head) AS head_hash
    FROM chain`;

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly entries: Repository<AuditLogEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: ListAuditQuery): Promise<Page<AuditView>> {
    const qb = this.entries
      .createQueryBuilder('a')
      .where('a.id IS NOT NULL')
      .orderBy('a.id', 'DESC')
      .skip(query.skip)
      .take(query.pageSize);
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    const [rows, total] = await qb.getManyAndCount();
    return query.toPage(rows.map(toView), total);
  }

  async verify(): Promise<AuditVerification> {
    const [row] = await this.dataSource.query(VERIFY_SQL);
    const checked: number = row.checked;
    if (row.first_broken !== null) {
      return { ok: false, checked, firstBrokenId: Number(row.first_broken) };
    }
    const tailMatchesHead =
      Number(row.head_id) === Number(row.last_id ?? 0) && (row.last_hash ?? row.head_hash) === row.head_hash;
    // Entries cut from the end leave the head ahead of the tail, entries written behind the triggers
    // are unsealed: either way the chain breaks after its last good entry.
    return tailMatchesHead && row.unsealed === 0
      ? { ok: true, checked }
      : { ok: false, checked, firstBrokenId: Number(row.last_id ?? 0) + 1 };
  }

  /** The newest entry's hash, to be exported and compared later: a rewrite changes it. */
  async head(): Promise<AuditHead> {
    const [row] = await this.dataSource.query(
      `SELECT h.last_id AS id, h.last_hash AS hash, a.at FROM audit_chain_head h LEFT JOIN audit_log a ON a.id = h.last_id`,
    );
    return { id: Number(row.id), hash: row.hash, at: row.at };
  }
}
