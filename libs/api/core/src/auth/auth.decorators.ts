import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@ibd/shared/contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'ibd:isPublic';
export const ROLES_KEY = 'ibd:roles';
export const DURING_ENROLMENT = 'ibd:duringEnrolment';

/** Opens a route to callers without a token (login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The roles that may call a route; a route with neither this nor @Public() is refused to all. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Opens a route to a user who must still set up a second factor (the enrolment itself). */
export const DuringEnrolment = () => SetMetadata(DURING_ENROLMENT, true);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest().user,
);
