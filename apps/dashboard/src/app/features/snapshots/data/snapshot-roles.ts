import { type UserRole } from '../../../core/auth/auth-session.model';

// What each role may do with snapshots, as the API's controller decides it;
// the pages only hide what would be refused anyway.

/** Managers and admins freeze figures, approve them and correct them. */
export function mayManageSnapshots(role: UserRole | undefined): boolean {
  return role === 'admin' || role === 'manager';
}

/** Auditors and admins see the persons and statements behind a value. */
export function maySeeEvidence(role: UserRole | undefined): boolean {
  return role === 'auditor' || role === 'admin';
}
