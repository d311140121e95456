import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { LoginResponse } from '@ibd/shared/contracts';
import { AppConfig } from '@ibd/api/core';
import { UserEntity } from '@ibd/api/users';
import { RefreshTokenEntity } from './refresh-token.entity';

export const JWT_ALGORITHM = 'HS256';
const INVALID = 'Invalid or expired refresh token';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

function parse(token: string): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A new session: an access token and the first refresh token of a new family. */
  issue(user: UserEntity): Promise<LoginResponse> {
    return this.issueInFamily(user, this.dataSource.manager, randomUUID());
  }

  /** Spends a refresh token and issues the next of its family; a spent one used again revokes the family. */
  async rotate(token: string, loadUser: (id: string) => Promise<UserEntity | null>): Promise<LoginResponse> {
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
      if (stored.usedAt) {
        await this.revokeFamily(stored.familyId, manager);
        return null;
      }
      const user = await loadUser(stored.userId);
      if (!user || stored.createdAt < user.credentialsChangedAt) {
        await this.revokeFamily(stored.familyId, manager);
        return null;
      }
      await manager.update(RefreshTokenEntity, stored.id, { usedAt: new Date() });
      return this.issueInFamily(user, manager, stored.familyId);
    });
    if (!outcome) throw new UnauthorizedException(INVALID);
    return outcome;
  }

  /** Logout: the family of the given token is revoked; an unknown token changes nothing. */
  async revoke(token: string): Promise<void> {
    const parsed = parse(token);
    const stored = parsed && (await this.dataSource.manager.findOne(RefreshTokenEntity, { where: { id: parsed.id } }));
    if (stored && parsed && this.matches(stored.tokenHash, parsed.secret)) {
      await this.revokeFamily(stored.familyId, this.dataSource.manager);
    }
  }

  private async issueInFamily(user: UserEntity, manager: EntityManager, familyId: string): Promise<LoginResponse> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_HOURS * 3600_000);
    const stored = await manager.save(
      manager.create(RefreshTokenEntity, { userId: user.id, familyId, tokenHash: sha256(secret), expiresAt }),
    );
    const accessToken = await this.jwt.signAsync({
      sub: user.id,
      username: user.username,
      role: user.role,
      unitId: user.unitId,
    });
    return {
      accessToken,
      refreshToken: `${stored.id}.${secret}`,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        unitId: user.unitId,
      },
    };
  }

  private matches(storedHash: string, secret: string): boolean {
    return timingSafeEqual(Buffer.from(storedHash), Buffer.from(sha256(secret)));
  }

  private async revokeFamily(familyId: string, manager: EntityManager): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
