import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Route } from '@angular/router';
import { PublicRobots } from '@masswerk/dashboard/public-site/data-access';
import { PublicLayout } from './public-layout';

/** The robots meta of a project that asks not to be indexed, on each of its pages (decision 0073). */
const robots = provideEnvironmentInitializer(() => void inject(PublicRobots));

/** The public site under /oeffentlich (issue 16): no sign-in; released public versions only (decision 0071). */
export const publicRoutes: Route[] = [
  {
    path: '',
    component: PublicLayout,
    providers: [robots],
    children: [
      {
        path: '',
        loadComponent: () => import('./public-index.page').then((m) => m.PublicIndexPage),
        title: 'title.public',
      },
      {
        // before ':code': "cluster" is no project code
        path: 'cluster/:id',
        loadComponent: () => import('./public-cluster.page').then((m) => m.PublicClusterPage),
        title: 'title.publicCluster',
      },
      {
        path: ':code',
        loadComponent: () => import('./public-project.page').then((m) => m.PublicProjectPage),
        title: 'title.public',
      },
      {
        path: ':code/massnahmen',
        loadComponent: () => import('./public-measures.page').then((m) => m.PublicMeasuresPage),
        title: 'title.public',
      },
      {
        path: ':code/massnahmen/:measure',
        loadComponent: () => import('./public-measure.page').then((m) => m.PublicMeasurePage),
        title: 'title.public',
      },
      {
        path: ':code/kommunen/:ars',
        loadComponent: () => import('./public-municipality.page').then((m) => m.PublicMunicipalityPage),
        title: 'title.publicMunicipality',
      },
    ],
  },
  {
    // the summary for a frame on another site (decision 0073): without the public site's header and footer
    path: ':code/einbettung',
    providers: [robots],
    loadComponent: () => import('./public-embed.page').then((m) => m.PublicEmbedPage),
    title: 'title.public',
  },
];
