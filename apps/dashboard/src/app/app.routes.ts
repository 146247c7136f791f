import { type Routes } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';
import { guestGuard } from './core/auth/guest.guard';

/** Each feature is a lazy chunk, so that the login page does not download chart.js. */
export const APP_ROUTES: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.AUTH_ROUTES),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    loadChildren: () =>
      import('./features/overview/overview.routes').then((m) => m.OVERVIEW_ROUTES),
  },
  { path: '**', redirectTo: '' },
];
