import { ROLES, type Role } from '@ibd/shared/contracts';

export interface NavItem {
  /** Route path under the shell; also names the `nav-<path>` test id. */
  path: string;
  /** Translation key of the entry's label. */
  label: string;
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: 'home', label: 'nav.home', roles: ROLES },
  { path: 'cases', label: 'nav.cases', roles: ['shelter_staff'] },
  { path: 'beds', label: 'nav.beds', roles: ['shelter_staff'] },
  { path: 'referrals', label: 'nav.referrals', roles: ['shelter_staff', 'social_worker'] },
  { path: 'monitoring', label: 'nav.monitoring', roles: ['monitor'] },
  { path: 'alerts', label: 'nav.alerts', roles: ['shelter_staff', 'social_worker', 'monitor'] },
  { path: 'export', label: 'nav.export', roles: ['auditor'] },
  { path: 'audit', label: 'nav.audit', roles: ['auditor'] },
  { path: 'users', label: 'nav.users', roles: ['admin'] },
  { path: 'catalogue', label: 'nav.catalogue', roles: ['admin'] },
  { path: 'settings', label: 'nav.settings', roles: ['admin'] },
  { path: 'queues', label: 'nav.queues', roles: ['admin'] },
  { path: 'security', label: 'nav.security', roles: ROLES },
];

export function navItemsFor(role: Role | undefined): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  shelter_staff: 'role.shelter_staff',
  social_worker: 'role.social_worker',
  monitor: 'role.monitor',
  auditor: 'role.auditor',
  admin: 'role.admin',
};
