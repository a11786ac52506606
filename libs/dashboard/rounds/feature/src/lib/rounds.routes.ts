import { Route } from '@angular/router';

/** /projekte/:code/berichtsrunden: the rounds and council sessions, and one round. */
export const roundRoutes: Route[] = [
  { path: '', loadComponent: () => import('./rounds.page').then((m) => m.RoundsPage), title: 'title.rounds' },
  { path: ':id', loadComponent: () => import('./round.page').then((m) => m.RoundPage), title: 'title.round' },
];
