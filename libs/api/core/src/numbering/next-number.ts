import type { EntityManager } from 'typeorm';
import { queryRows } from '../database/sql';

/**
 * The next number of a scope and year. The counter row stays locked until the caller's transaction
 * ends, so concurrent callers queue, and a rolled-back transaction gives its number back: no gaps,
 * no duplicates, no MAX()+1.
 */
export async function nextNumber(manager: EntityManager, scope: string, year: number): Promise<number> {
  const [row] = await queryRows<{ last_value: number }>(
    manager,
    `INSERT INTO code_counters (scope, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (scope, year) DO UPDATE SET last_value = code_counters.last_value + 1
     RETURNING last_value`,
    [scope, year],
  );
  return row.last_value;
}
