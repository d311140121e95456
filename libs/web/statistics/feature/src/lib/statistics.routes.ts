import { Routes } from '@angular/router';

export const monitoringRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./monitoring-page.component').then((m) => m.MonitoringPageComponent),
  },
];

export const exportRoutes: Routes = [
  { path: '', loadComponent: () => import('./export-page.component').then((m) => m.ExportPageComponent) },
];
