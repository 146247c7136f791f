import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

export const ROLES_KEY = 'fita:roles';
/** The roles that may call a route; a route without it is open to every logged-in user. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
