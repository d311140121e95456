/** Every BullMQ queue of ИБД. Job payloads carry ids only: Redis keeps them in clear. */
export const QUEUES = {
  maintenance: 'maintenance',
  statistics: 'statistics',
  alerts: 'alerts',
  retention: 'retention',
} as const;

export const JOBS = {
  purgeExpiredAuth: 'purge-expired-auth',
  buildStatistics: 'build-statistics',
  buildRecordExport: 'build-record-export',
  requestNightlyStatistics: 'request-nightly-statistics',
  computeAlerts: 'compute-alerts',
  anonymiseExpiredIdentities: 'anonymise-expired-identities',
} as const;

/** Retries and retention, the same for every queue. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 5_000 },
} as const;
