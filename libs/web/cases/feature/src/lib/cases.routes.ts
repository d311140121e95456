import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';

import { TranslatedPaginatorIntl } from '@ibd/web/shared/ui';

export const casesRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', loadComponent: () => import('./case-list-page.component').then((m) => m.CaseListPageComponent) },
      { path: 'new', loadComponent: () => import('./case-new-page.component').then((m) => m.CaseNewPageComponent) },
      { path: ':id', loadComponent: () => import('./case-page.component').then((m) => m.CasePageComponent) },
    ],
  },
];
