import type { EntityManager } from 'typeorm';
import { nextNumber, yearInSofia } from '@ibd/api/core';

/** `REF-2026-000042`: numbered per year by the locked counter row, no gaps, no personal data. */
export async function nextReferralCode(manager: EntityManager): Promise<string> {
  const year = yearInSofia();
  return `REF-${year}-${String(await nextNumber(manager, 'referral', year)).padStart(6, '0')}`;
}
