import { Routes } from '@angular/router';

import { roleGuard } from '@ibd/web/shared/data-access';

import { NAV_ITEMS } from './navigation';
import { ShellComponent } from './shell.component';

/** Each section's lazy routes, by its path in the navigation. */
const FEATURES: Readonly<Partial<Record<string, NonNullable<Routes[number]['loadChildren']>>>> = {
  alerts: () => import('@ibd/web/alerts/feature').then((m) => m.alertsRoutes),
  audit: () => import('@ibd/web/audit/feature').then((m) => m.auditRoutes),
  beds: () => import('@ibd/web/placements/feature').then((m) => m.bedsRoutes),
  catalogue: () => import('@ibd/web/catalogue/feature').then((m) => m.catalogueRoutes),
  cases: () => import('@ibd/web/cases/feature').then((m) => m.casesRoutes),
  export: () => import('@ibd/web/statistics/feature').then((m) => m.exportRoutes),
  monitoring: () => import('@ibd/web/statistics/feature').then((m) => m.monitoringRoutes),
  queues: () => import('@ibd/web/catalogue/feature').then((m) => m.queueBoardRoutes),
  referrals: () => import('@ibd/web/referrals/feature').then((m) => m.referralsRoutes),
  security: () => import('@ibd/web/auth/feature-security').then((m) => m.securityRoutes),
  settings: () => import('@ibd/web/catalogue/feature').then((m) => m.settingsRoutes),
  users: () => import('@ibd/web/users/feature').then((m) => m.usersRoutes),
};

const sectionRoutes: Routes = NAV_ITEMS.filter((item) => FEATURES[item.path]).map((item) => ({
  path: item.path,
  canActivate: [roleGuard(item.roles)],
  loadChildren: FEATURES[item.path],
}));

export const shellRoutes: Routes = [
  {
    path: '',
    component: ShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'home' },
      {
        path: 'home',
        loadComponent: () => import('./home-page.component').then((m) => m.HomePageComponent),
      },
      ...sectionRoutes,
    ],
  },
];
