import { Routes } from '@angular/router';

/** The user's Security page, under the shell. */
export const securityRoutes: Routes = [
  { path: '', loadComponent: () => import('./security-page.component').then((m) => m.SecurityPageComponent) },
];

/** The enrolment a policy demands, before the shell opens. */
export const enrolRoutes: Routes = [
  { path: '', loadComponent: () => import('./enrol-page.component').then((m) => m.EnrolPageComponent) },
];
