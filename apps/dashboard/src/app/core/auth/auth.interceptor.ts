import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService, LOGIN_URL } from './auth.service';

/**
 * Adds the bearer token to product API calls, and sends the user back to the
 * login page when the API says the session is no longer valid.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isProductApiUrl(request.url)) return next(request);

  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  const authorised = token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;

  return next(authorised).pipe(
    catchError((error: unknown) => {
      // A 401 from the login call itself means wrong credentials: the login page shows it.
      if (error instanceof HttpErrorResponse && error.status === 401 && request.url !== LOGIN_URL) {
        auth.logout();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl, expired: 1 } });
      }
      return throwError(() => error);
    }),
  );
};

/** Only same-origin, root-relative `/api` URLs: the token must never leak to another host. */
function isProductApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
