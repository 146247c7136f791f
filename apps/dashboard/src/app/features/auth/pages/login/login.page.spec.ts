import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSession } from '../../../../../testing/api-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { AuthService } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { AUTH_ROUTES } from '../../auth.routes';

@Component({ template: 'Reports' })
class ReportsStubPage {}

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  // The route's own catalogue, so that a text the page needs but the route lacks fails here.
  failOnMissingTexts();

  async function openLogin(url = '/login'): Promise<void> {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', children: AUTH_ROUTES },
          { path: 'reports', component: ReportsStubPage },
          { path: '', component: ReportsStubPage },
        ]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(url);
  }

  afterEach(() => backend.verify());

  function byTestId<T extends HTMLElement>(id: string): T {
    const element = harness.routeNativeElement?.querySelector<T>(`[data-testid="${id}"]`);
    if (!element) throw new Error(`No element with data-testid="${id}"`);
    return element;
  }

  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(): void {
    byTestId<HTMLButtonElement>('login-submit').click();
    harness.detectChanges();
  }

  it('labels its fields', async () => {
    await openLogin();

    const root = harness.routeNativeElement as HTMLElement;
    expect(root.querySelector('label[for="login-email"]')?.textContent).toContain('E-mail');
    expect(root.querySelector('label[for="login-password"]')?.textContent).toContain('Password');
    expect(byTestId('login-email').id).toBe('login-email');
    expect(byTestId('login-password').id).toBe('login-password');
  });

  it('shows the message of the API when the login is refused', async () => {
    await openLogin();
    type('login-email', 'ana@example.org');
    type('login-password', 'wrong');

    submit();
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'ana@example.org', password: 'wrong' });
    request.flush(
      { code: 'invalid_credentials', message: 'Wrong e-mail or password.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await harness.fixture.whenStable();

    const alert = harness.routeNativeElement?.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('Wrong e-mail or password.');
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
  });

  it('explains missing fields, focuses the first one and calls no API', async () => {
    await openLogin();

    submit();

    const email = byTestId<HTMLInputElement>('login-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(harness.routeNativeElement?.querySelector(`#${describedBy}`)?.textContent).toContain(
      'Enter your e-mail address.',
    );
    expect(document.activeElement).toBe(email);
    backend.expectNone('/api/auth/login');
  });

  it('signs in and goes back to the page the user wanted', async () => {
    await openLogin('/login?returnUrl=%2Freports');
    type('login-email', ' ana@example.org ');
    type('login-password', 's3cret');

    submit();
    backend.expectOne('/api/auth/login').flush(aSession());
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/reports');
    expect(TestBed.inject(AuthService).token()).toBe('token-123');
  });
});
