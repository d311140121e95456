/** A metric step that failed; the cause stays attached for the reason, never shown as it is. */
export class BuildStepError extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`Statistics step "${step}" failed`);
    this.name = 'BuildStepError';
  }
}

const CONNECTION_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
];

/** What went wrong, from the error's code only: driver messages can quote the data that failed. */
function what(code: string | undefined): string {
  if (code && CONNECTION_CODES.includes(code)) return 'the database could not be reached';
  if (code === '42P01' || code === '42703')
    return 'a table or column it reads does not exist: the database migrations may not have run';
  if (code === '57014') return 'it took longer than the database allows';
  if (code === '40P01' || code === '40001') return 'it collided with another database transaction';
  if (code === '53100' || code === '53200') return 'the database ran out of disk space or memory';
  if (code) return `the database refused it (error code ${code})`;
  return 'of an unexpected error in the worker';
}

export const errorCode = (error: unknown): string | undefined => {
  const cause = error instanceof BuildStepError ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Why a run failed, in words a person can act on, and what happens next. */
export function failureReason(error: unknown, retrying: boolean): string {
  const where =
    error instanceof BuildStepError ? `Step "${error.step}" of the statistics build` : 'The statistics build';
  const next = retrying
    ? 'It will be retried automatically.'
    : 'No retries are left: fix the cause, then request the run again (the worker log has the details under the run id).';
  return `${where} failed because ${what(errorCode(error))}. ${next}`;
}
