import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { CSRF_HEADER, type LoginResponse } from '@ibd/shared/contracts';
import { AppConfig, readCookie } from '@ibd/api/core';
import type { IssuedTokens } from './token.service';

export const REFRESH_COOKIE = 'ibd_refresh';

/**
 * The only requests that carry the refresh token. A cookie goes to one path (and below it), so the
 * token is set once per path under the same name: no other request of the API ever sends it.
 */
export const REFRESH_COOKIE_PATHS = ['/api/v1/auth/refresh', '/api/v1/auth/logout'] as const;

/**
 * The refresh token in an HttpOnly cookie, out of reach of scripts: SameSite=Strict, Secure outside
 * demo mode (which serves plain http), and no expiry, so closing the browser drops it.
 */
@Injectable()
export class RefreshCookie {
  constructor(private readonly config: AppConfig) {}

  /** Sets the cookie and returns what goes in the body: the answer without the refresh token. */
  hand(res: Response, tokens: IssuedTokens): LoginResponse {
    for (const path of REFRESH_COOKIE_PATHS) {
      res.cookie(REFRESH_COOKIE, tokens.refreshToken, this.options(path));
    }
    return tokens.answer;
  }

  clear(res: Response): void {
    for (const path of REFRESH_COOKIE_PATHS) {
      res.clearCookie(REFRESH_COOKIE, this.options(path));
    }
  }

  /** The token the request carries; '' when it carries none (refused like an unknown token). */
  read(req: Request): string {
    return readCookie(req.headers.cookie, REFRESH_COOKIE) ?? '';
  }

  private options(path: string): CookieOptions {
    return { httpOnly: true, secure: !this.config.DEMO_MODE, sameSite: 'strict', path };
  }
}

/**
 * Requests that use the refresh cookie must also send `X-IBD-CSRF: 1`. SameSite=Strict already keeps
 * the cookie off requests from other sites; the header is the second lock, for browsers or
 * same-site subdomains that SameSite would let through: a cross-origin page cannot add it without a
 * CORS preflight, which the API grants only to CORS_ORIGIN (and never with credentials).
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.switchToHttp().getRequest<Request>().get(CSRF_HEADER) !== '1') {
      throw new ForbiddenException(`${CSRF_HEADER}: 1 header required with the refresh cookie`);
    }
    return true;
  }
}
