import { ROLE_UNIT_KINDS, type Role, type UnitView } from '@ibd/shared/contracts';

/** The units a user of `role` may belong to (shelter staff: facilities; social worker: agencies; ...). */
export function unitsForRole(units: readonly UnitView[], role: Role | null | undefined): UnitView[] {
  if (!role) {
    return [];
  }
  const kinds = ROLE_UNIT_KINDS[role];
  return units.filter((unit) => kinds.includes(unit.kind));
}
