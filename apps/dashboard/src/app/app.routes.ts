import { inject } from '@angular/core';
import { CanActivateFn, Route, Router } from '@angular/router';
import { SessionStore } from '@masswerk/dashboard/shared/data-access';
import { Shell } from './shell/shell';

/** Pages behind sign-in send anonymous visitors to the sign-in page and back afterwards. */
export const signedIn: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  return session.signedIn()
    ? true
    : inject(Router).createUrlTree(['/anmelden'], { queryParams: { zurueck: state.url } });
};

export const appRoutes: Route[] = [
  {
    path: 'anmelden',
    loadComponent: () => import('@masswerk/dashboard/auth/feature').then((m) => m.SignInPage),
    title: 'title.signIn',
  },
  {
    path: 'einladung/:token',
    loadComponent: () => import('@masswerk/dashboard/auth/feature').then((m) => m.InvitationPage),
    title: 'title.invitation',
  },
  {
    path: 'passwort-zuruecksetzen/:token',
    loadComponent: () => import('@masswerk/dashboard/auth/feature').then((m) => m.PasswordResetPage),
    title: 'title.passwordReset',
  },
  {
    path: 'oeffentlich',
    loadChildren: () => import('@masswerk/dashboard/public-site/feature').then((m) => m.publicRoutes),
  },
  {
    path: 'barrierefreiheit',
    loadComponent: () => import('./pages/accessibility-statement').then((m) => m.AccessibilityStatementPage),
    title: 'title.accessibility',
  },
  {
    path: '',
    component: Shell,
    canActivate: [signedIn],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'projekte' },
      {
        path: 'projekte',
        loadChildren: () => import('@masswerk/dashboard/projects/feature').then((m) => m.projectRoutes),
      },
      {
        path: 'massnahmen',
        loadChildren: () => import('@masswerk/dashboard/measures/feature').then((m) => m.measureRoutes),
      },
      {
        path: 'plattform',
        loadChildren: () => import('@masswerk/dashboard/platform/feature').then((m) => m.platformRoutes),
      },
      {
        path: 'konto',
        loadComponent: () => import('@masswerk/dashboard/auth/feature').then((m) => m.AccountPage),
        title: 'title.account',
      },
      {
        path: 'benachrichtigungen',
        loadComponent: () => import('@masswerk/dashboard/notifications/feature').then((m) => m.NotificationsPage),
        title: 'title.notifications',
      },
    ],
  },
  { path: '**', loadComponent: () => import('./pages/not-found').then((m) => m.NotFoundPage), title: 'title.notFound' },
];
