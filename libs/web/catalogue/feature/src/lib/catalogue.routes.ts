import { Routes } from '@angular/router';

export const catalogueRoutes: Routes = [
  { path: '', loadComponent: () => import('./catalogue-page.component').then((m) => m.CataloguePageComponent) },
];

export const settingsRoutes: Routes = [
  { path: '', loadComponent: () => import('./settings-page.component').then((m) => m.SettingsPageComponent) },
];

export const queueBoardRoutes: Routes = [
  { path: '', loadComponent: () => import('./queue-board-page.component').then((m) => m.QueueBoardPageComponent) },
];
