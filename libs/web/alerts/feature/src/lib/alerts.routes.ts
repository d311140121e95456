import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';

import { TranslatedPaginatorIntl } from '@ibd/web/shared/ui';

export const alertsRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    loadComponent: () => import('./alerts-page.component').then((m) => m.AlertsPageComponent),
  },
];
