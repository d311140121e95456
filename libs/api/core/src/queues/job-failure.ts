import type { LoggerService } from '@nestjs/common';

/**
 * Runs a job's work so that a failure leaves only the job's name and the error's code in Redis
 * (where BullMQ keeps the reason in clear and the queue board shows it): a driver's message can
 * quote the data that failed. The worker log gets the name, the code and the stack's frames, never
 * the message either.
 */
export async function withQuietFailure<T>(job: string, logger: LoggerService, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { name, code, stack } = (error ?? {}) as { name?: unknown; code?: unknown; stack?: unknown };
    const sqlState = typeof code === 'string' ? code : undefined;
    const frames = typeof stack === 'string' ? stack.split('\n').slice(1).join('\n') : undefined;
    logger.error({ job, name, code: sqlState, stack: frames }, `Job "${job}" failed`);
    throw new Error(
      `Job "${job}" failed${sqlState ? ` (error code ${sqlState})` : ''}; the worker log has the details`,
    );
  }
}
