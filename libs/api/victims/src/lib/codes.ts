import type { EntityManager } from 'typeorm';
import { nextNumber, yearInSofia } from '@ibd/api/core';

/** `V-2026-000123`: a victim's code, with no personal data in it. */
export async function nextVictimCode(manager: EntityManager): Promise<string> {
  const year = yearInSofia();
  return `V-${year}-${String(await nextNumber(manager, 'victim', year)).padStart(6, '0')}`;
}
