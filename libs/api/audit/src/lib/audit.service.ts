import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '@ibd/shared/contracts';
import { queryRows } from '@ibd/api/core';
import { AuditSealer } from './audit-sealer';
import { ListAuditQuery } from './dto/list-audit.query';
import { VerifyAuditQuery } from './dto/verify-audit.query';

import type { AuditHead as AuditHeadOf, AuditVerification, AuditView as AuditViewOf } from '@ibd/shared/contracts';

export type { AuditVerification };

/** The views as the API holds them (points in time as Dates). */
export type AuditView = AuditViewOf<Date>;
export type AuditHead = AuditHeadOf<Date>;

/** A sealed entry as the API shows it: its position in the chain as `id`. */
const VIEW_COLUMNS = `s.id, a.at, a.actor_id AS "actorId", a.actor_role AS "actorRole", a.action,
  a.entity, a.entity_id AS "entityId", a.request_id AS "requestId", s.hash`;

/**
 * Recomputes every seal's hash from its entry with the function the sealer uses, checks that each
 * seal names its predecessor's hash, that positions run without gaps and that the head agrees with
 * the last seal, and counts the entries the sealer has passed without sealing them.
 */
const VERIFY_SQL = `
  WITH chain AS (
    SELECT s.id, s.hash, s.prev_hash,
           CASE WHEN a.seq IS NOT NULL THEN audit_entry_hash(s.prev_hash, s.id, a) END AS recomputed,
           lag(s.hash, 1, repeat('0', 64)) OVER (ORDER BY s.id) AS expected_prev,
           row_number() OVER (ORDER BY s.id) AS position
      FROM audit_seal s LEFT JOIN audit_log a ON a.seq = s.seq)
  SELECT count(*)::int AS checked,
         min(id) FILTER (WHERE hash IS DISTINCT FROM recomputed OR prev_hash IS DISTINCT FROM expected_prev OR id <> position) AS first_broken,
         max(id) AS last_id,
         (SELECT hash FROM audit_seal ORDER BY id DESC LIMIT 1) AS last_hash,
         (SELECT count(*)::int FROM audit_log a WHERE a.xid < (SELECT horizon FROM audit_chain_head)
             AND NOT EXISTS (SELECT FROM audit_seal s WHERE s.seq = a.seq)) AS unsealed,
         (SELECT last_id FROM audit_chain_head) AS head_id,
         (SELECT last_hash FROM audit_chain_head) AS head_hash,
         (SELECT hash FROM audit_seal WHERE id = $1) AS exported_hash
    FROM chain`;

/** An audit entry as VIEW_COLUMNS select it: the seal's bigint id comes as a string. */
type AuditRow = Omit<AuditView, 'id'> & { id: string };

/** VERIFY_SQL's one row; bigint columns come as strings. */
interface VerifyRow {
  checked: number;
  first_broken: string | null;
  last_id: string | null;
  last_hash: string | null;
  unsealed: number;
  head_id: string;
  head_hash: string;
  exported_hash: string | null;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sealer: AuditSealer,
  ) {}

  /** Sealed entries, newest first: everything committed before the request is sealed first. */
  async list(query: ListAuditQuery): Promise<Page<AuditView>> {
    await this.sealer.seal();
    const filters = (
      [
        ['a.entity =', query.entity],
        ['a.entity_id =', query.entityId],
        ['a.actor_id =', query.actorId],
        ['a.at >=', query.from],
        ['a.at <', query.to],
      ] as const
    ).filter(([, value]) => value !== undefined);
    const where = ['true', ...filters.map(([condition], i) => `${condition} $${i + 1}`)].join(' AND ');
    const values = filters.map(([, value]) => value);
    const from = `FROM audit_seal s JOIN audit_log a ON a.seq = s.seq WHERE ${where}`;
    const [[{ total }], rows] = await Promise.all([
      queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total ${from}`, values),
      queryRows<AuditRow>(
        this.dataSource,
        `SELECT ${VIEW_COLUMNS} ${from} ORDER BY s.id DESC OFFSET ${query.skip} LIMIT ${query.pageSize}`,
        values,
      ),
    ]);
    return query.toPage(
      rows.map((row) => ({ ...row, id: Number(row.id) })),
      total,
    );
  }

  async verify(query: VerifyAuditQuery = {}): Promise<AuditVerification> {
    await this.sealer.seal();
    const [row] = await queryRows<VerifyRow>(this.dataSource, VERIFY_SQL, [query.headId ?? null]);
    const checked = row.checked;
    const lastId = Number(row.last_id ?? 0);
    const tailMatchesHead = Number(row.head_id) === lastId && (row.last_hash ?? row.head_hash) === row.head_hash;
    // Entries cut from the end leave the head ahead of the tail, entries the sealer passed over
    // were written behind its back: either way the chain breaks after its last good entry.
    const brokenAt = [
      row.first_broken === null ? null : Number(row.first_broken),
      tailMatchesHead && row.unsealed === 0 ? null : lastId + 1,
      // A chain rebuilt since the head was exported does not lead to it.
      query.headId === undefined || row.exported_hash === query.headHash ? null : query.headId,
    ].filter((id): id is number => id !== null);
    return brokenAt.length === 0 ? { ok: true, checked } : { ok: false, checked, firstBrokenId: Math.min(...brokenAt) };
  }

  /** The newest sealed entry's hash, to be exported and compared later: a rewrite changes it. */
  async head(): Promise<AuditHead> {
    await this.sealer.seal();
    const [row] = await queryRows<{ id: string; hash: string; at: Date | null }>(
      this.dataSource,
      `SELECT h.last_id AS id, h.last_hash AS hash, a.at
         FROM audit_chain_head h LEFT JOIN audit_seal s ON s.id = h.last_id LEFT JOIN audit_log a ON a.seq = s.seq`,
    );
    return { id: Number(row.id), hash: row.hash, at: row.at };
  }
}
