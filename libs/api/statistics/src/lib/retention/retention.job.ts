/** The retention job carries nothing: it works on whatever is due in the database. */
export type RetentionJobData = Record<string, never>;

/** Every night at 02:30 Sofia time. */
export const NIGHTLY_RETENTION = { pattern: '30 2 * * *', tz: 'Europe/Sofia' } as const;
