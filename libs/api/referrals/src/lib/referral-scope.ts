import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';

/**
 * Which referrals a caller may see, as a WHERE clause on alias `r`: users of the sending or the
 * receiving unit, monitors all (by code, without free text), nobody else.
 */
export function whereReferralInScope<T extends object>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'shelter_staff':
    case 'social_worker':
      return qb.andWhere('(r.from_unit_id = :scopeUnitId OR r.to_unit_id = :scopeUnitId)', {
        scopeUnitId: user.unitId,
      });
    case 'monitor':
      return qb;
    default:
      return qb.andWhere('false');
  }
}

/** Free text (reason, decline reason) may name people: monitors read referrals by code only. */
export const seesReferralText = (user: AuthUser): boolean => user.role !== 'monitor';
