import { Routes } from '@angular/router';

export const bedsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./bed-board-page.component').then((m) => m.BedBoardPageComponent),
  },
];
