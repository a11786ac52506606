import { Route } from '@angular/router';

/** /projekte: the projects, a cluster's comparison, and everything about one project. */
export const projectRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./project-list.page').then((m) => m.ProjectListPage),
    title: 'title.projects',
  },
  {
    path: 'cluster/:clusterId',
    loadComponent: () => import('@masswerk/dashboard/cluster/feature').then((m) => m.ClusterPage),
    title: 'title.cluster',
  },
  {
    path: ':code',
    loadComponent: () => import('./project-overview.page').then((m) => m.ProjectOverviewPage),
    title: 'title.overview',
  },
  {
    path: ':code/massnahmen',
    loadChildren: () => import('@masswerk/dashboard/measures/feature').then((m) => m.projectMeasureRoutes),
  },
  {
    path: ':code/zeitplan',
    loadComponent: () => import('@masswerk/dashboard/roadmap/feature').then((m) => m.RoadmapPage),
    title: 'title.roadmap',
  },
  {
    path: ':code/finanzen',
    loadComponent: () => import('@masswerk/dashboard/funding/feature').then((m) => m.FundingPage),
    title: 'title.funding',
  },
  {
    path: ':code/berichtsrunden',
    loadChildren: () => import('@masswerk/dashboard/rounds/feature').then((m) => m.roundRoutes),
  },
  {
    path: ':code/import',
    loadComponent: () => import('@masswerk/dashboard/imports/feature').then((m) => m.ImportPage),
    title: 'title.import',
  },
  {
    path: ':code/verwaltung',
    loadComponent: () => import('@masswerk/dashboard/admin/feature').then((m) => m.AdminPage),
    title: 'title.admin',
  },
];
