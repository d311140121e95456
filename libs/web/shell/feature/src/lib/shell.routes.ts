import { Routes } from '@angular/router';

import { roleGuard } from '@ibd/web/shared/data-access';

import { NAV_ITEMS } from './navigation';
import { ShellComponent } from './shell.component';

const placeholderRoutes: Routes = NAV_ITEMS.filter((item) => item.path !== 'home').map((item) => ({
  path: item.path,
  canActivate: [roleGuard(item.roles)],
  data: { label: item.label },
  loadComponent: () => import('./coming-soon-page.component').then((m) => m.ComingSoonPageComponent),
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
      ...placeholderRoutes,
    ],
  },
];
