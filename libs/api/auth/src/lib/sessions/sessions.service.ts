import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, SessionView } from '@ibd/shared/contracts';
import { AuditActor, appendAudit } from '@ibd/api/audit';
import { execute, PageQuery, queryRow, queryRows } from '@ibd/api/core';
import type { ClientInfo } from '../client-info';
import { AuthSessionEntity } from './auth-session.entity';

/** Which of a user's sessions to end: one, all but one, or all. */
export interface SessionSelection {
  only?: string;
  except?: string;
}

const ACTIVE = 's.ended_at IS NULL AND s.expires_at > now()';

/**
 * Sessions: one per sign-in, i.e. per refresh-token family. Ending one revokes its refresh tokens
 * at once; the access tokens already issued to it run out within ACCESS_TOKEN_TTL_SECONDS.
 */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async start(manager: EntityManager, userId: string, client: ClientInfo, expiresAt: Date): Promise<string> {
    const session = await manager.save(
      manager.create(AuthSessionEntity, {
        userId,
        expiresAt,
        clientAddress: client.address,
        userAgent: client.userAgent,
      }),
    );
    return session.id;
  }

  /** A refresh: the session was used now, from this client, and lives until its new token expires. */
  async touch(manager: EntityManager, id: string, client: ClientInfo, expiresAt: Date): Promise<void> {
    await execute(
      manager,
      `UPDATE auth_sessions SET last_used_at = now(), expires_at = $2,
              client_address = coalesce($3, client_address), user_agent = coalesce($4, user_agent)
        WHERE id = $1`,
      [id, expiresAt, client.address, client.userAgent],
    );
  }

  /** Whether the session went unrefreshed for longer than `minutes`: no tab of it is open any more. */
  async isIdle(manager: EntityManager, id: string, minutes: number): Promise<boolean> {
    const row = await queryRow<{ idle: boolean }>(
      manager,
      `SELECT last_used_at < now() - make_interval(mins => $2) AS idle FROM auth_sessions WHERE id = $1`,
      [id, minutes],
    );
    return row?.idle === true;
  }

  /** The user's live sessions, the most recently used first; `current` marks the caller's own. */
  async list(userId: string, current: string | undefined, query: PageQuery): Promise<Page<SessionView<Date>>> {
    const [rows, total] = await this.dataSource
      .getRepository(AuthSessionEntity)
      .createQueryBuilder('s')
      .where(`s.user_id = :userId AND ${ACTIVE}`, { userId })
      .orderBy('s.last_used_at', 'DESC')
      .addOrderBy('s.id')
      .skip(query.skip)
      .take(query.pageSize)
      .getManyAndCount();
    return query.toPage(
      rows.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        clientAddress: s.clientAddress,
        userAgent: s.userAgent,
        current: s.id === current,
      })),
      total,
    );
  }

  /**
   * Ends the selected live sessions of a user and revokes their refresh tokens, each with an audit
   * entry (`action`) in the same transaction; returns the ids ended.
   */
  async end(
    manager: EntityManager,
    userId: string,
    which: SessionSelection,
    actor: AuditActor,
    action = 'session.end',
  ): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `WITH ended AS (
         UPDATE auth_sessions s SET ended_at = now()
          WHERE s.user_id = $1 AND ${ACTIVE} AND ($2::uuid IS NULL OR s.id = $2) AND ($3::uuid IS NULL OR s.id <> $3)
          RETURNING s.id),
       revoked AS (
         UPDATE refresh_tokens SET revoked_at = now() WHERE family_id IN (SELECT id FROM ended) AND revoked_at IS NULL)
       SELECT id FROM ended ORDER BY id`,
      [userId, which.only ?? null, which.except ?? null],
    );
    for (const { id } of rows) {
      await appendAudit(manager, actor, { action, entity: 'session', entityId: id });
    }
    return rows.map((row) => row.id);
  }

  /** One of the user's own live sessions; 404 when it is not theirs or already over. */
  async endOne(userId: string, id: string, actor: AuditActor): Promise<void> {
    const ended = await this.endMany(userId, { only: id }, actor);
    if (ended.length === 0) throw new NotFoundException('Session not found');
  }

  endMany(userId: string, which: SessionSelection, actor: AuditActor): Promise<string[]> {
    return this.dataSource.transaction((manager) => this.end(manager, userId, which, actor));
  }
}
