import { CLS_ID, ClsServiceManager } from 'nestjs-cls';

/**
 * The request (or job) a piece of work belongs to, carried through every await by nestjs-cls's
 * AsyncLocalStorage, so any log line written on its behalf names it (docs/operations.md, "Logs").
 */
const context = () => ClsServiceManager.getClsService();

/** Runs `work` as part of the request (or the job started by a request) with this id. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return context().runWith({ [CLS_ID]: requestId }, work);
}

/** The id of the request being served here, if any. */
export function currentRequestId(): string | undefined {
  const cls = context();
  return cls.isActive() ? (cls.getId() as string | undefined) : undefined;
}
