import { inject } from '@angular/core';
import { CanActivateFn, Route } from '@angular/router';
import { SessionStore } from '@masswerk/dashboard/shared/data-access';

/** Pages of the platform's operators; others see the page that says so (the API refuses them anyway). */
export const platformAdmin: CanActivateFn = () => inject(SessionStore).user()?.isPlatformAdmin === true;

export const platformRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'modellprojekte' },
  {
    path: 'modellprojekte',
    canActivate: [platformAdmin],
    loadComponent: () => import('./projects/projects.page').then((m) => m.ProjectsPage),
    title: 'title.platformProjects',
  },
  {
    path: 'cluster',
    canActivate: [platformAdmin],
    loadComponent: () => import('./clusters/clusters.page').then((m) => m.ClustersPage),
    title: 'title.platformClusters',
  },
  {
    path: 'foerderprogramme',
    canActivate: [platformAdmin],
    loadComponent: () => import('./programmes/programmes.page').then((m) => m.ProgrammesPage),
    title: 'title.platformProgrammes',
  },
  {
    path: 'gebiete',
    canActivate: [platformAdmin],
    loadComponent: () => import('./units/units.page').then((m) => m.UnitsPage),
    title: 'title.platformUnits',
  },
  {
    path: 'kostenkategorien',
    canActivate: [platformAdmin],
    loadComponent: () => import('./cost-categories/cost-categories.page').then((m) => m.CostCategoriesPage),
    title: 'title.platformCostCategories',
  },
  {
    path: 'konten',
    canActivate: [platformAdmin],
    loadComponent: () => import('./accounts/accounts.page').then((m) => m.AccountsPage),
    title: 'title.platformAccounts',
  },
  {
    path: 'postausgang',
    canActivate: [platformAdmin],
    loadComponent: () => import('./outbox.page').then((m) => m.OutboxPage),
    title: 'title.outbox',
  },
];
