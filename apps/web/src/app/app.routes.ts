import { Routes } from '@angular/router';

import { authGuard } from '@ibd/web/shared/data-access';

export const appRoutes: Routes = [
  {
    path: 'login',
    loadChildren: () => import('@ibd/web/auth/feature-login').then((m) => m.loginRoutes),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () => import('@ibd/web/shell/feature').then((m) => m.shellRoutes),
  },
  { path: '**', redirectTo: '' },
];
