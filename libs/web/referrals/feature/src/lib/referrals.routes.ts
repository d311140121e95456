import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';

import { TranslatedPaginatorIntl } from '@ibd/web/shared/ui';

export const referralsRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', loadComponent: () => import('./referrals-page.component').then((m) => m.ReferralsPageComponent) },
      {
        path: 'new',
        loadComponent: () => import('./referral-new-page.component').then((m) => m.ReferralNewPageComponent),
      },
      {
        path: 'import',
        loadComponent: () => import('./referral-import-page.component').then((m) => m.ReferralImportPageComponent),
      },
    ],
  },
];
