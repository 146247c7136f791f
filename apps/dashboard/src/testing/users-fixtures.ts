import { type LrsCredential } from '../app/core/api/lrs-credentials.model';
import { type ManagedUser, type UserWithPassword } from '../app/core/api/users.model';

export function aManagedUser(overrides: Partial<ManagedUser> = {}): ManagedUser {
  return {
    id: '0b5c6f7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    email: 'maria.puig@example.org',
    role: 'manager',
    createdAt: '2024-03-01T09:00:00.000Z',
    lastLoginAt: '2024-06-14T08:30:00.000Z',
    disabledAt: null,
    ...overrides,
  };
}

/** The signed-in admin of `anAdminSession()`, as the users list shows them. */
export function theSignedInAdmin(overrides: Partial<ManagedUser> = {}): ManagedUser {
  return aManagedUser({
    id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    email: 'admin@example.org',
    role: 'admin',
    createdAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  });
}

export function aUserWithPassword(
  user: ManagedUser = aManagedUser(),
  temporaryPassword: string | null = 'Tq3vX9-kLm2Zp7Rw_a1Bc4De',
): UserWithPassword {
  return { user, temporaryPassword };
}

export function anLrsCredential(overrides: Partial<LrsCredential> = {}): LrsCredential {
  return {
    id: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
    key: 'fita-moodle-prod',
    name: 'Moodle production',
    scopes: ['statements/write', 'statements/read/mine'],
    createdAt: '2024-02-01T10:00:00.000Z',
    revokedAt: null,
    ...overrides,
  };
}
