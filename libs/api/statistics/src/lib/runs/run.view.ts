import type { RunStatus, StatisticsRunEntity } from './statistics-run.entity';

/** A statistics run as the API shows it (api.md, "Statistics"). */
export interface RunView {
  id: string;
  status: RunStatus;
  progress: number;
  from: string;
  to: string;
  attempts: number;
  error?: string;
  createdAt: Date;
  startedAt?: Date;
  finishedAt?: Date;
}

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
