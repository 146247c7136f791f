import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aSession } from '../../../testing/api-fixtures';
import { NOW } from '../time/now.token';
import { authInterceptor } from './auth.interceptor';
import { AuthService, SESSION_STORAGE_KEY } from './auth.service';

function setup(signedIn: boolean) {
  sessionStorage.clear();
  if (signedIn) sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  const router = TestBed.inject(Router);
  const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
  return {
    http: TestBed.inject(HttpClient),
    backend: TestBed.inject(HttpTestingController),
    auth: TestBed.inject(AuthService),
    navigate,
  };
}

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('adds the bearer token to product API calls', () => {
    const { http, backend } = setup(true);

    http.get('/api/indicators').subscribe();

    const request = backend.expectOne('/api/indicators');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    request.flush({});
  });

  it.each(['/xapi/statements', '/health', 'https://elsewhere.example/api/indicators', '/apiary'])(
    'never sends the token to %s',
    (url) => {
      const { http, backend } = setup(true);

      http.get(url).subscribe();

      const request = backend.expectOne(url);
      expect(request.request.headers.has('Authorization')).toBe(false);
      request.flush({});
    },
  );

  it('sends no header when signed out', () => {
    const { http, backend } = setup(false);

    http.get('/api/indicators').subscribe({ error: () => undefined });

    const request = backend.expectOne('/api/indicators');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('on a 401 signs out and sends the user to the login page, passing the error on', () => {
    const { http, backend, auth, navigate } = setup(true);
    const errors: unknown[] = [];

    http.get('/api/indicators').subscribe({ error: (error: unknown) => errors.push(error) });
    backend
      .expectOne('/api/indicators')
      .flush({ code: 'unauthorized', message: 'Expired' }, UNAUTHORIZED);

    expect(auth.token()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', expired: 1 },
    });
    expect(errors).toHaveLength(1);
  });

  it('leaves a 401 from the login call to the login page', () => {
    const { http, backend, navigate } = setup(false);

    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend
      .expectOne('/api/auth/login')
      .flush({ code: 'invalid_credentials', message: 'No' }, UNAUTHORIZED);

    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not redirect on other errors', () => {
    const { http, backend, auth, navigate } = setup(true);

    http.get('/api/indicators').subscribe({ error: () => undefined });
    backend.expectOne('/api/indicators').flush({}, { status: 500, statusText: 'Server Error' });

    expect(navigate).not.toHaveBeenCalled();
    expect(auth.token()).toBe('token-123');
  });
});
