import { addDays, todayInSofia } from '@ibd/api/core';

/**
 * Term arithmetic in Bulgarian calendar days (Europe/Sofia), whatever the server's time zone and
 * across daylight-saving changes: an admission at 00:30 Sofia time counts from that Sofia date.
 */
export const sofiaDate = (instant: Date): string => todayInSofia(instant);

/** The admission's Sofia date plus the minimum stay of the facility's kind. */
export const stayLimitDate = (admittedAt: Date, minStayDays: number): string =>
  addDays(sofiaDate(admittedAt), minStayDays);

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Days from today in Sofia to the end of the term: 0 on the last day, negative once it has passed. */
export const daysLeft = (limit: string, now = new Date()): number => daysBetween(sofiaDate(now), limit);
