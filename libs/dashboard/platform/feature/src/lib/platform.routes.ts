import { inject } from '@angular/core';
import { CanActivateFn, Route } from '@angular/router';
import { SessionStore } from '@masswerk/dashboard/shared/data-access';

/** Pages of the platform's operators; others see the page that says so (the API refuses them anyway). */
export const platformAdmin: CanActivateFn = () => inject(SessionStore).user()?.isPlatformAdmin === true;

export const platformRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'postausgang' },
  {
    path: 'postausgang',
    canActivate: [platformAdmin],
    loadComponent: () => import('./outbox.page').then((m) => m.OutboxPage),
    title: 'title.outbox',
  },
];
