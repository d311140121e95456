import type { Role } from '@ibd/shared/contracts';

/** The caller, as the access token proves it. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  unitId: string;
}
