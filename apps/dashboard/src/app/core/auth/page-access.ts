import { type UserRole } from './auth-session.model';

/**
 * Which roles open which page (issue 7), as the API decides for the data
 * behind it: communications staff read publication figures only; auditors
 * read everything and drill into evidence; managers everything but admin.
 */
export const PAGE_ROLES = {
  overview: ['admin', 'manager', 'auditor'],
  figures: ['admin', 'manager', 'auditor'],
  funding: ['admin', 'manager', 'auditor'],
  snapshots: ['admin', 'manager', 'auditor'],
  publication: ['admin', 'manager', 'auditor', 'communications'],
  quality: ['admin', 'manager', 'auditor'],
  exports: ['admin', 'manager', 'auditor', 'communications'],
  admin: ['admin'],
  /** Data subjects' restriction and erasure requests (ADR 0013), inside the admin area. */
  privacy: ['admin'],
} as const satisfies Record<string, readonly UserRole[]>;

export type PageArea = keyof typeof PAGE_ROLES;

export function mayOpen(role: UserRole | undefined, area: PageArea): boolean {
  return role !== undefined && (PAGE_ROLES[area] as readonly UserRole[]).includes(role);
}

/** Where a role lands after signing in, or when it opens a page it may not. */
export function homeOf(role: UserRole | undefined): string {
  return role === 'communications' ? '/publication' : '/';
}
