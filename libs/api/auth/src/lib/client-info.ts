import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Who is asking, as far as a session and its audit entries record it. */
export interface ClientInfo {
  /** The request's id (set by requestLogging), for audit entries. */
  requestId: string | null;
  /** `req.ip`: the client address after TRUST_PROXY. */
  address: string | null;
  userAgent: string | null;
}

export const CurrentClient = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo => {
  const request = context.switchToHttp().getRequest<Request & { id?: unknown }>();
  return {
    requestId: typeof request.id === 'string' ? request.id : null,
    address: request.ip?.slice(0, 64) ?? null,
    userAgent: request.get('user-agent')?.slice(0, 256) ?? null,
  };
});
