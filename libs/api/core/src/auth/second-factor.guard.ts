import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { MFA_ENROLMENT_REQUIRED } from '@ibd/shared/contracts';
import { DURING_ENROLMENT } from './auth.decorators';
import type { AuthUser } from './auth-user';

/**
 * Global guard after the token checks: a user whose access token says a second factor must be set
 * up first gets 403 everywhere except the routes marked @DuringEnrolment() and the public ones
 * (sign-out among them).
 */
@Injectable()
export class SecondFactorGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    // Public routes (sign-in, refresh, sign-out) carry no user.
    if (!user?.mustEnrol || this.reflector.getAllAndOverride<boolean>(DURING_ENROLMENT, targets)) return true;
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Set up a second factor before anything else',
      code: MFA_ENROLMENT_REQUIRED,
    });
  }
}
