/** Maintenance jobs carry no payload: they work on whatever is due in the database. */
export type MaintenanceJobData = Record<string, never>;

/** Every night at 03:00 Sofia time. */
export const NIGHTLY = { pattern: '0 3 * * *', tz: 'Europe/Sofia' } as const;
