/** The alerts job carries no payload: it reads whatever is due in the database. */
export type AlertsJobData = Record<string, never>;

/** Every five minutes: a referral's or a term's alert shows up soon after it is due. */
export const ALERTS_EVERY = { every: 5 * 60_000 } as const;
