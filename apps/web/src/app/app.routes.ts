import { Routes } from '@angular/router';

import { authGuard, enrolmentGuard } from '@ibd/web/shared/data-access';

export const appRoutes: Routes = [
  {
    path: 'login',
    loadChildren: () => import('@ibd/web/auth/feature-login').then((m) => m.loginRoutes),
  },
  {
    path: 'enrol',
    canActivate: [enrolmentGuard],
    loadChildren: () => import('@ibd/web/auth/feature-security').then((m) => m.enrolRoutes),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () => import('@ibd/web/shell/feature').then((m) => m.shellRoutes),
  },
  { path: '**', redirectTo: '' },
];
