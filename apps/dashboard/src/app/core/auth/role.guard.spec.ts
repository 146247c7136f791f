import { provideHttpClient } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSession } from '../../../testing/api-fixtures';
import { NOW } from '../time/now.token';
import { type UserRole } from './auth-session.model';
import { authGuard } from './auth.guard';
import { SESSION_STORAGE_KEY } from './auth.service';
import { roleGuard } from './role.guard';

@Component({ template: 'page' })
class StubPage {}

async function navigate(url: string, role: UserRole | null): Promise<string> {
  sessionStorage.clear();
  if (role) {
    const session = aSession({ user: { email: 'ana@example.org', role } });
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  }
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideRouter([
        { path: 'login', component: StubPage },
        {
          path: 'admin/imports',
          canActivate: [authGuard, roleGuard('admin')],
          component: StubPage,
        },
        {
          path: 'publication',
          canActivate: [authGuard, roleGuard('publication')],
          component: StubPage,
        },
        { path: '', canActivate: [authGuard, roleGuard('overview')], component: StubPage },
      ]),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  await RouterTestingHarness.create(url);
  return TestBed.inject(Router).url;
}

describe('roleGuard', () => {
  it('lets an admin in', async () => {
    expect(await navigate('/admin/imports', 'admin')).toBe('/admin/imports');
  });

  it.each<UserRole>(['manager', 'auditor'])(
    'sends a %s from admin pages to the overview',
    async (role) => {
      expect(await navigate('/admin/imports', role)).toBe('/');
    },
  );

  it.each(['/admin/imports', '/'])(
    'sends communications staff from %s to publication figures',
    async (url) => {
      expect(await navigate(url, 'communications')).toBe('/publication');
    },
  );

  it.each<UserRole>(['admin', 'manager', 'auditor', 'communications'])(
    'lets a %s read publication figures',
    async (role) => {
      expect(await navigate('/publication', role)).toBe('/publication');
    },
  );

  it('leaves a signed-out user to authGuard, which asks them to sign in', async () => {
    expect(await navigate('/admin/imports', null)).toBe('/login?returnUrl=%2Fadmin%2Fimports');
  });
});
