import { type ExportKind } from '../../../core/api/exports.model';
import { type UserRole } from '../../../core/auth/auth-session.model';

// Who may ask for which export, as the API's writers decide it
// (ExportWriter.allows); the pages only hide what would be refused anyway.

const EXPORT_ROLES: Readonly<Record<ExportKind, readonly UserRole[]>> = {
  manager: ['admin', 'manager', 'auditor'],
  erdf: ['admin', 'manager', 'auditor'],
  // Communications too, from approved snapshots only: the API checks the snapshot.
  publication: ['admin', 'manager', 'auditor', 'communications'],
};

export function mayExport(role: UserRole | undefined, kind: ExportKind): boolean {
  return role !== undefined && EXPORT_ROLES[kind].includes(role);
}

/** The ERDF evidence sheet lists the pseudonymous persons behind each figure. */
export function mayExportEvidence(role: UserRole | undefined): boolean {
  return role === 'admin' || role === 'auditor';
}
