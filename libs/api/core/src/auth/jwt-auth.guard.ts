import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from './auth.decorators';
import type { AuthUser } from './auth-user';
import { bearerToken, VerifiedTokens } from './verified-tokens';

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
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown>; user?: AuthUser }>();
    const token = bearerToken(request.headers['authorization']);
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
