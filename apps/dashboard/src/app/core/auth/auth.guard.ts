import { inject } from '@angular/core';
import { type CanActivateChildFn, type CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Lets signed-in users through; sends everyone else to the login page, remembering where they were going. */
export const authGuard: CanActivateFn & CanActivateChildFn = (_route, state) => {
  const auth = inject(AuthService);
  if (auth.isAuthenticated()) return true;
  // Drops a stored session that has expired, so the header stops showing its user.
  auth.logout();
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
