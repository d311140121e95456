import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { LoginResponse } from '@ibd/shared/contracts';
import { AuditActor } from '@ibd/api/audit';
import { AppConfig } from '@ibd/api/core';
import { UserEntity, UsersService } from '@ibd/api/users';
import type { ClientInfo } from './client-info';
import { MfaPolicyService } from './mfa/mfa-policy.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionsService } from './sessions/sessions.service';

export const JWT_ALGORITHM = 'HS256';
const INVALID = 'Invalid or expired refresh token';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

function parse(token: string): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

/** A new pair: the answer for the body, and the refresh token, which travels only in the cookie. */
export interface IssuedTokens {
  answer: LoginResponse;
  refreshToken: string;
}

/** The system ending a session on its own (reuse, changed credentials), for the audit log. */
const systemActor = (client: ClientInfo): AuditActor => ({ id: null, role: 'system', requestId: client.requestId });

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly policy: MfaPolicyService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A new session: an access token and the first refresh token of a new family. */
  issue(user: UserEntity, client: ClientInfo): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const expiresAt = this.refreshExpiry();
      const sessionId = await this.sessions.start(manager, user.id, client, expiresAt);
      return this.issueInFamily(user, manager, sessionId, expiresAt);
    });
  }

  /**
   * Spends a refresh token and issues the next of its family; a spent one used again revokes the
   * family, and so does one of a session not refreshed for IDLE_TIMEOUT_MINUTES (every tab closed).
   */
  async rotate(token: string, client: ClientInfo): Promise<IssuedTokens> {
    const parsed = parse(token);
    if (!parsed) throw new UnauthorizedException(INVALID);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshTokenEntity, {
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !stored ||
        !this.matches(stored.tokenHash, parsed.secret) ||
        stored.revokedAt ||
        stored.expiresAt <= new Date()
      ) {
        return null;
      }
      const family = { only: stored.familyId };
      if (stored.usedAt) {
        await this.sessions.end(manager, stored.userId, family, systemActor(client), 'session.reuse_detected');
        return null;
      }
      if (await this.sessions.isIdle(manager, stored.familyId, this.config.IDLE_TIMEOUT_MINUTES)) {
        await this.sessions.end(manager, stored.userId, family, systemActor(client), 'session.idle_timeout');
        return null;
      }
      const user = await this.users.findActive(stored.userId);
      if (!user || stored.createdAt < user.credentialsChangedAt) {
        await this.sessions.end(manager, stored.userId, family, systemActor(client));
        return null;
      }
      await manager.update(RefreshTokenEntity, stored.id, { usedAt: new Date() });
      const expiresAt = this.refreshExpiry();
      await this.sessions.touch(manager, stored.familyId, client, expiresAt);
      return this.issueInFamily(user, manager, stored.familyId, expiresAt);
    });
    if (!outcome) throw new UnauthorizedException(INVALID);
    return outcome;
  }

  /** Sign-out: the session of the given token ends; an unknown token changes nothing. */
  async revoke(token: string, client: ClientInfo): Promise<void> {
    const parsed = parse(token);
    if (!parsed) return;
    const stored = await this.dataSource.manager.findOne(RefreshTokenEntity, { where: { id: parsed.id } });
    if (!stored || !this.matches(stored.tokenHash, parsed.secret)) return;
    const user = await this.users.findActive(stored.userId);
    const actor = user ? { id: user.id, role: user.role, requestId: client.requestId } : systemActor(client);
    await this.sessions.endMany(stored.userId, { only: stored.familyId }, actor);
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_HOURS * 3600_000);
  }

  /**
   * The next pair of a session. Whether the access token opens only the enrolment of a second
   * factor is decided afresh each time, so a policy change or an enrolment applies at the next refresh.
   */
  private async issueInFamily(
    user: UserEntity,
    manager: EntityManager,
    sessionId: string,
    expiresAt: Date,
  ): Promise<IssuedTokens> {
    const secret = randomBytes(32).toString('base64url');
    const mustEnrol = await this.policy.mustEnrol(user, manager);
    const stored = await manager.save(
      manager.create(RefreshTokenEntity, {
        userId: user.id,
        familyId: sessionId,
        tokenHash: sha256(secret),
        expiresAt,
      }),
    );
    const accessToken = await this.jwt.signAsync({
      sub: user.id,
      username: user.username,
      role: user.role,
      unitId: user.unitId,
      sid: sessionId,
      ...(mustEnrol ? { mfa_enrol: true } : {}),
    });
    const answer: LoginResponse = {
      accessToken,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      idleTimeoutMinutes: this.config.IDLE_TIMEOUT_MINUTES,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.unitId,
      },
      mfaEnrolmentRequired: mustEnrol,
    };
    return { answer, refreshToken: `${stored.id}.${secret}` };
  }

  private matches(storedHash: string, secret: string): boolean {
    return timingSafeEqual(Buffer.from(storedHash), Buffer.from(sha256(secret)));
  }
}
