import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import type { Role } from '@ibd/shared/contracts';

import { AuthStore } from './auth.store';

/** Signed in with everything open; a session that must first set up a second factor goes to `/enrol`. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthStore);
  if (!auth.isAuthenticated()) {
    return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  }
  return !auth.mfaEnrolmentRequired() || inject(Router).createUrlTree(['/enrol']);
};

/** The enrolment a second-factor policy demands: only for a session that needs it. */
export const enrolmentGuard: CanActivateFn = () => {
  const auth = inject(AuthStore);
  if (auth.mfaEnrolmentRequired()) {
    return true;
  }
  return inject(Router).createUrlTree([auth.isAuthenticated() ? '/' : '/login']);
};

export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return () => {
    const role = inject(AuthStore).user()?.role;
    return (role !== undefined && roles.includes(role)) || inject(Router).createUrlTree(['/']);
  };
}
