import { Route } from '@angular/router';

/** /massnahmen: everything the viewer may read, and their own measures. */
export const measureRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./measure-list.page').then((m) => m.MeasureListPage),
    title: 'title.allMeasures',
  },
  {
    path: 'meine',
    loadComponent: () => import('./measure-list.page').then((m) => m.MeasureListPage),
    data: { mine: true },
    title: 'title.myMeasures',
  },
];

/** /projekte/:code/massnahmen: one project's agenda and its measures. */
export const projectMeasureRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./measure-list.page').then((m) => m.MeasureListPage),
    title: 'title.measures',
  },
  {
    path: ':measureCode',
    loadComponent: () => import('./measure.page').then((m) => m.MeasurePage),
    title: 'title.measure',
  },
  {
    path: ':measureCode/bearbeiten',
    loadComponent: () => import('./measure-edit.page').then((m) => m.MeasureEditPage),
    title: 'title.editMeasure',
  },
];
