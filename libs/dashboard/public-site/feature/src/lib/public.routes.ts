import { Route } from '@angular/router';
import { PublicLayout } from './public-layout';

/** The public site under /oeffentlich (issue 16): no sign-in; released public versions only (decision 0071). */
export const publicRoutes: Route[] = [
  {
    path: '',
    component: PublicLayout,
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
];
