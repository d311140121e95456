import type { Role } from '@ibd/shared/contracts';

export const DEMO_PASSWORD = 'Demo-Pass-2026!';

/** The outside agency unit of the demo (a social assistance directorate). */
export const DEMO_AGENCY = {
  code: 'DSP-SOF',
  name: 'Дирекция „Социално подпомагане“ – Столична',
  city: 'София',
  kind: 'agency',
} as const;

/** Beds per residential facility in the demo. */
export const DEMO_BEDS: Record<string, number> = {
  'SOF-SHELTER': 10,
  'BGS-SHELTER': 12,
  'BGS-REINT': 8,
  'VAR-SHELTER': 10,
};

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'staff.sofia', displayName: 'Елена Георгиева', role: 'shelter_staff', unitCode: 'SOF-SHELTER' },
  { username: 'staff.burgas', displayName: 'Петър Димитров', role: 'shelter_staff', unitCode: 'BGS-SHELTER' },
  { username: 'staff.varna', displayName: 'Мария Стоянова', role: 'shelter_staff', unitCode: 'VAR-SHELTER' },
  { username: 'social.worker', displayName: 'Иван Николов', role: 'social_worker', unitCode: DEMO_AGENCY.code },
  { username: 'monitor', displayName: 'Десислава Ангелова', role: 'monitor', unitCode: 'ANKBTH' },
  { username: 'auditor', displayName: 'Георги Василев', role: 'auditor', unitCode: 'ANKBTH' },
  { username: 'admin', displayName: 'Администратор', role: 'admin', unitCode: 'ANKBTH' },
];
