import type { RunView as RunViewOf } from '@ibd/shared/contracts';
import type { StatisticsRunEntity } from './statistics-run.entity';

/** A statistics run as the API holds it (api.md, "Statistics"; points in time as Dates). */
export type RunView = RunViewOf<Date>;

export const toRunView = (run: StatisticsRunEntity): RunView => ({
  id: run.id,
  status: run.status,
  progress: run.progress,
  from: run.from,
  to: run.to,
  attempts: run.attempts,
  ...(run.error ? { error: run.error } : {}),
  createdAt: run.createdAt,
  ...(run.startedAt ? { startedAt: run.startedAt } : {}),
  ...(run.finishedAt ? { finishedAt: run.finishedAt } : {}),
});
