import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';

/** Which stays a caller may see, on alias `p`: shelter staff their facility's, monitors all, nobody else. */
export function wherePlacementInScope<T extends object>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'shelter_staff':
      return qb.andWhere('p.facility_id = :scopeUnitId', { scopeUnitId: user.unitId });
    case 'monitor':
      return qb;
    default:
      return qb.andWhere('false');
  }
}
