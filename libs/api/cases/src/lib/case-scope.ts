import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';

/**
 * Which cases a caller may see, as a WHERE clause on alias `c`, applied inside every query:
 * shelter staff their facility's cases, monitors all (codes, no identity), social workers those of
 * open referrals to their unit, everyone else none.
 */
export function whereCaseInScope<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'shelter_staff':
      return qb.andWhere('c.facility_id = :scopeUnitId', { scopeUnitId: user.unitId });
    case 'monitor':
      return qb;
    case 'social_worker':
      // Issue 4: the cases of open (sent or accepted) referrals addressed to the social worker's unit.
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM referrals sr WHERE sr.case_id = c.id AND sr.to_unit_id = :scopeUnitId AND sr.status IN ('sent', 'accepted'))`,
        { scopeUnitId: user.unitId },
      );
    default:
      return qb.andWhere('false');
  }
}
