import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aSession } from '../../../testing/api-fixtures';
import { NOW } from '../time/now.token';
import { AuthService, SESSION_STORAGE_KEY } from './auth.service';

const NOON = new Date('2024-06-15T12:00:00.000Z');

function setup(): { auth: AuthService; http: HttpTestingController } {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: NOW, useValue: () => NOON },
    ],
  });
  return { auth: TestBed.inject(AuthService), http: TestBed.inject(HttpTestingController) };
}

describe('AuthService', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('posts the credentials and keeps the returned session in sessionStorage', () => {
    const { auth, http } = setup();
    const session = aSession();

    auth.login({ email: 'ana@example.org', password: 's3cret' }).subscribe();
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'ana@example.org', password: 's3cret' });
    request.flush(session);

    expect(auth.token()).toBe('token-123');
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.user()).toEqual({ email: 'ana@example.org', role: 'manager' });
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? 'null')).toEqual(session);
  });

  it('stores nothing when the API refuses the credentials', () => {
    const { auth, http } = setup();

    auth
      .login({ email: 'ana@example.org', password: 'wrong' })
      .subscribe({ error: () => undefined });
    http
      .expectOne('/api/auth/login')
      .flush(
        { code: 'invalid_credentials', message: 'Wrong e-mail or password.' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(auth.token()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('logout clears the token and the stored session', () => {
    const { auth, http } = setup();
    auth.login({ email: 'ana@example.org', password: 's3cret' }).subscribe();
    http.expectOne('/api/auth/login').flush(aSession());

    auth.logout();

    expect(auth.token()).toBeNull();
    expect(auth.user()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('restores a stored session that has not expired', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));

    const { auth } = setup();

    expect(auth.token()).toBe('token-123');
  });

  it('drops a stored session that has expired', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify(aSession({ expiresAt: '2024-06-15T11:59:59.000Z' })),
    );

    const { auth } = setup();

    expect(auth.token()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('ignores a stored value that is not a session', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{"token": 42}');

    const { auth } = setup();

    expect(auth.token()).toBeNull();
  });
});
