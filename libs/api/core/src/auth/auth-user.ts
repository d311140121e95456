import type { Role } from '@ibd/shared/contracts';

/** The caller, as the access token proves it. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  unitId: string;
  /** The sign-in (refresh-token family) the token was issued to. */
  sessionId?: string;
  /** A second factor is required and not set up yet: only enrolment routes are open (see SecondFactorGuard). */
  mustEnrol?: boolean;
}
