import { provideHttpClient } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSession } from '../../../testing/api-fixtures';
import { NOW } from '../time/now.token';
import { authGuard } from './auth.guard';
import { SESSION_STORAGE_KEY } from './auth.service';
import { guestGuard } from './guest.guard';

@Component({ template: 'page' })
class StubPage {}

async function navigate(url: string, storedSession: object | null): Promise<string> {
  sessionStorage.clear();
  if (storedSession) sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(storedSession));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideRouter([
        { path: 'login', canActivate: [guestGuard], component: StubPage },
        { path: 'reports', canActivate: [authGuard], component: StubPage },
        { path: '', canActivate: [authGuard], component: StubPage },
      ]),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  await RouterTestingHarness.create(url);
  return TestBed.inject(Router).url;
}

describe('route guards', () => {
  it('send a signed-out user to the login page, remembering the page', async () => {
    expect(await navigate('/reports?year=2022', null)).toBe(
      '/login?returnUrl=%2Freports%3Fyear%3D2022',
    );
  });

  it('treat an expired session as signed out', async () => {
    expect(await navigate('/reports', aSession({ expiresAt: '2024-06-15T11:00:00.000Z' }))).toBe(
      '/login?returnUrl=%2Freports',
    );
  });

  it('let a signed-in user in', async () => {
    expect(await navigate('/reports', aSession())).toBe('/reports');
  });

  it('keep a signed-in user away from the login page', async () => {
    expect(await navigate('/login', aSession())).toBe('/');
  });
});
