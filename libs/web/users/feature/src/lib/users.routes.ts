import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';

import { TranslatedPaginatorIntl } from '@ibd/web/shared/ui';

export const usersRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', loadComponent: () => import('./users-page.component').then((m) => m.UsersPageComponent) },
      { path: 'new', loadComponent: () => import('./user-form-page.component').then((m) => m.UserFormPageComponent) },
      { path: ':id', loadComponent: () => import('./user-form-page.component').then((m) => m.UserFormPageComponent) },
    ],
  },
];
