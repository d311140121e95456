import { ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ExtractJwt } from 'passport-jwt';
import { IS_PUBLIC } from './auth.decorators';
import type { AuthUser } from './auth-user';
import { VerifiedTokens } from './verified-tokens';

/** The same extraction the passport-jwt strategy uses, so the remembered token is the one it verified. */
const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * Global guard: every route needs a valid access token unless marked @Public(). passport-jwt
 * verifies a token the first time it is seen; until it expires, the same token is then accepted
 * from VerifiedTokens without verifying it again.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  private readonly verified = new VerifiedTokens();

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = bearerToken(request);
    const known = token ? this.verified.get(token) : null;
    if (known) {
      request.user = known;
      return true;
    }
    const accepted = (await super.canActivate(context)) as boolean;
    if (accepted && token && request.user) this.verified.remember(token, request.user);
    return accepted;
  }
}
