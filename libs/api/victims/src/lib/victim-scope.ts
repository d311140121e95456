import type { SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '@ibd/api/core';

/**
 * Which victims a caller may see, as a WHERE clause on alias `v` (docs/data-protection.md, "Who sees
 * what"): shelter staff those their facility registered or holds a case of; monitors all (without
 * identity); social workers those of an open referral to their unit.
 */
export function whereVictimInScope<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'shelter_staff':
      return qb.andWhere(
        '(v.registered_by_unit_id = :scopeUnitId OR EXISTS (SELECT 1 FROM cases sc WHERE sc.victim_id = v.id AND sc.facility_id = :scopeUnitId))',
        { scopeUnitId: user.unitId },
      );
    case 'monitor':
      return qb;
    case 'social_worker':
      // A person whose case has an open (sent or accepted) referral to the social worker's unit.
      return qb.andWhere(
        `EXISTS (SELECT 1 FROM referrals sr JOIN cases sc ON sc.id = sr.case_id
                  WHERE sc.victim_id = v.id AND sr.to_unit_id = :scopeUnitId AND sr.status IN ('sent', 'accepted'))`,
        { scopeUnitId: user.unitId },
      );
    default:
      return qb.andWhere('false');
  }
}

/**
 * Identity is shown to staff of a facility holding the person and to the social worker of an open
 * referral to their unit (docs/data-protection.md, "Who sees what"): the scope above has already
 * narrowed both to those.
 */
export const seesIdentity = (user: AuthUser): boolean => user.role === 'shelter_staff' || user.role === 'social_worker';
