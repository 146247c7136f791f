import { type Routes } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';
import { guestGuard } from './core/auth/guest.guard';
import { roleGuard } from './core/auth/role.guard';
import { AdminLayoutComponent } from './core/layout/admin-layout.component';

/** Each feature is a lazy chunk, so that the login page does not download chart.js. */
export const APP_ROUTES: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.AUTH_ROUTES),
  },
  // Operations left the admin area (issue 7): old links and bookmarks still open them.
  { path: 'admin/operations', pathMatch: 'full', redirectTo: '/operations' },
  { path: 'admin/operations/:id', redirectTo: '/operations/:id' },
  {
    // Admin pages: hidden from other roles in the header, and the API refuses them anyway.
    path: 'admin',
    component: AdminLayoutComponent,
    canActivate: [authGuard, roleGuard('admin')],
    canActivateChild: [authGuard, roleGuard('admin')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'imports' },
      {
        path: 'imports',
        loadChildren: () =>
          import('./features/imports/imports.routes').then((m) => m.IMPORTS_ROUTES),
      },
      {
        path: 'users',
        loadChildren: () => import('./features/users/users.routes').then((m) => m.USERS_ROUTES),
      },
      {
        path: 'lrs-credentials',
        loadChildren: () =>
          import('./features/lrs-credentials/lrs-credentials.routes').then(
            (m) => m.LRS_CREDENTIALS_ROUTES,
          ),
      },
      {
        path: 'audit',
        loadChildren: () => import('./features/audit/audit.routes').then((m) => m.AUDIT_ROUTES),
      },
      {
        path: 'privacy',
        loadChildren: () =>
          import('./features/privacy/privacy.routes').then((m) => m.PRIVACY_ROUTES),
      },
    ],
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: 'trends',
        canActivate: [roleGuard('figures')],
        loadChildren: () => import('./features/trends/trends.routes').then((m) => m.TRENDS_ROUTES),
      },
      {
        path: 'breakdowns',
        canActivate: [roleGuard('figures')],
        loadChildren: () =>
          import('./features/breakdowns/breakdowns.routes').then((m) => m.BREAKDOWNS_ROUTES),
      },
      {
        path: 'courses',
        canActivate: [roleGuard('figures')],
        loadChildren: () =>
          import('./features/courses/courses.routes').then((m) => m.COURSES_ROUTES),
      },
      {
        path: 'operations',
        canActivate: [roleGuard('funding')],
        loadChildren: () =>
          import('./features/operations/operations.routes').then((m) => m.OPERATIONS_ROUTES),
      },
      {
        path: 'publication',
        canActivate: [roleGuard('publication')],
        loadChildren: () =>
          import('./features/publication/publication.routes').then((m) => m.PUBLICATION_ROUTES),
      },
      {
        path: 'snapshots',
        canActivate: [roleGuard('snapshots')],
        loadChildren: () =>
          import('./features/snapshots/snapshots.routes').then((m) => m.SNAPSHOTS_ROUTES),
      },
      {
        path: 'quality',
        canActivate: [roleGuard('quality')],
        loadChildren: () =>
          import('./features/quality/quality.routes').then((m) => m.QUALITY_ROUTES),
      },
      {
        path: 'exports',
        canActivate: [roleGuard('exports')],
        loadChildren: () =>
          import('./features/exports/exports.routes').then((m) => m.EXPORTS_ROUTES),
      },
      {
        path: '',
        canActivate: [roleGuard('overview')],
        loadChildren: () =>
          import('./features/overview/overview.routes').then((m) => m.OVERVIEW_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
