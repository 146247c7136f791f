import { inject } from '@angular/core';
import { type CanActivateChildFn, type CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { type PageArea, homeOf, mayOpen } from './page-access';

/**
 * Lets through the roles that may open `area` and sends others to their own
 * home page. Runs after `authGuard`, which deals with signed-out users; the
 * API refuses the data anyway.
 */
export function roleGuard(area: PageArea): CanActivateFn & CanActivateChildFn {
  return () => {
    const role = inject(AuthService).user()?.role;
    return mayOpen(role, area) ? true : inject(Router).createUrlTree([homeOf(role)]);
  };
}
