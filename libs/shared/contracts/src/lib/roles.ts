import type { UnitKind } from './units';

/** The five roles of ИБД (api.md, "Roles"). */
export const ROLES = ['shelter_staff', 'social_worker', 'monitor', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Which kinds of unit a user of each role may be bound to. */
export const ROLE_UNIT_KINDS: Record<Role, readonly UnitKind[]> = {
  shelter_staff: ['temporary_shelter', 'reintegration_shelter', 'support_centre'],
  social_worker: ['agency'],
  monitor: ['administration'],
  auditor: ['administration'],
  admin: ['administration'],
};
