import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '@ibd/api/core';

/** The caller and the id of their request (set by requestLogging): what an audit entry records. */
export interface Actor extends AuthUser {
  requestId: string | null;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest();
  return { ...request.user, requestId: typeof request.id === 'string' ? request.id : null };
});
