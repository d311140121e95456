import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ROLES, Role } from '@ibd/shared/contracts';
import { AppConfig, AuthUser } from '@ibd/api/core';
import { JWT_ALGORITHM } from './token.service';

interface AccessPayload {
  sub?: unknown;
  username?: unknown;
  role?: unknown;
  unitId?: unknown;
  sid?: unknown;
  mfa_enrol?: unknown;
}

/** Access tokens: HS256 only (no `none`, no key confusion), issuer and audience checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once, rather than a string jsonwebtoken turns into a key on every request
      // (a fifth of a cached read's CPU). jsonwebtoken takes KeyObjects; passport-jwt's types lag.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessPayload): AuthUser {
    const { sub, username, role, unitId, sid } = payload;
    if (
      typeof sub !== 'string' ||
      typeof username !== 'string' ||
      typeof unitId !== 'string' ||
      !ROLES.includes(role as Role) ||
      (sid !== undefined && typeof sid !== 'string')
    ) {
      throw new UnauthorizedException('Malformed access token');
    }
    return { id: sub, username, role: role as Role, unitId, sessionId: sid, mustEnrol: payload.mfa_enrol === true };
  }
}
