import { Routes } from '@angular/router';

export const catalogueRoutes: Routes = [
  { path: '', loadComponent: () => import('./catalogue-page.component').then((m) => m.CataloguePageComponent) },
];
