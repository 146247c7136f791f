import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { forbidden, unauthorized } from '../../common/app-error.js';
import { AuthService, type AuthenticatedUser } from './auth.service.js';
import type { Role } from './role.js';
import { ROLES_KEY } from './roles.decorator.js';

export type RequestWithUser = Request & { user?: AuthenticatedUser };

/** Product API routes: a bearer token from `POST /api/auth/login`, and the route's roles. */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const token = bearerToken(request.headers.authorization);
    if (!token)
      throw unauthorized(
        'auth.missing_token',
        'Log in first: send "Authorization: Bearer <token>".',
      );
    const user = await this.auth.authenticate(token);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.includes(user.role)) {
      throw forbidden('auth.forbidden', `This needs one of the roles: ${roles.join(', ')}.`);
    }
    request.user = user;
    return true;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
