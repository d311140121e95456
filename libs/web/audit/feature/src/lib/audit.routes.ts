import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';

import { TranslatedPaginatorIntl } from '@ibd/web/shared/ui';

export const auditRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    loadComponent: () => import('./audit-page.component').then((m) => m.AuditPageComponent),
  },
];
