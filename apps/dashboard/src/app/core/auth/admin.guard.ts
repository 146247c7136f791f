import { inject } from '@angular/core';
import { type CanActivateChildFn, type CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/**
 * Lets admins through and sends other signed-in users to the overview. Runs
 * after `authGuard`, which deals with signed-out users.
 */
export const adminGuard: CanActivateFn & CanActivateChildFn = () =>
  inject(AuthService).isAdmin() ? true : inject(Router).createUrlTree(['/']);
