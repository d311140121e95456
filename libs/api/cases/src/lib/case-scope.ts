import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';

/** A WHERE condition on alias `c` (cases) with its named parameters. */
export interface CaseScope {
  where: string;
  params: Record<string, unknown>;
}

/**
 * Which cases a caller may see, applied inside every query: shelter staff their facility's cases,
 * monitors all (codes, no identity), social workers those of open referrals to their unit, everyone
 * else none.
 */
export function caseScope(user: AuthUser): CaseScope {
  const params = { scopeUnitId: user.unitId };
  switch (user.role) {
    case 'shelter_staff':
      return { where: 'c.facility_id = :scopeUnitId', params };
    case 'monitor':
      return { where: 'true', params: {} };
    case 'social_worker':
      // The cases of open (sent or accepted) referrals addressed to the social worker's unit.
      return {
        where: `EXISTS (SELECT 1 FROM referrals sr WHERE sr.case_id = c.id AND sr.to_unit_id = :scopeUnitId AND sr.status IN ('sent', 'accepted'))`,
        params,
      };
    default:
      return { where: 'false', params: {} };
  }
}

export function whereCaseInScope<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser): SelectQueryBuilder<T> {
  const { where, params } = caseScope(user);
  return qb.andWhere(where, params);
}
