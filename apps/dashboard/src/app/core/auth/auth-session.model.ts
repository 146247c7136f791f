/** Roles as the API defines them (apps/api/src/modules/auth/role.ts). */
export type UserRole = 'admin' | 'manager' | 'auditor' | 'communications';

export interface AuthUser {
  readonly email: string;
  readonly role: UserRole;
}

/** Body of a successful `POST /api/auth/login`. */
export interface AuthSession {
  readonly token: string;
  /** ISO 8601 instant. */
  readonly expiresAt: string;
  readonly user: AuthUser;
}

export interface LoginCredentials {
  readonly email: string;
  readonly password: string;
}
