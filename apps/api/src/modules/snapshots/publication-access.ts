import { forbidden } from '../../common/app-error.js';
import type { Role } from '../auth/role.js';

/**
 * The communications role publishes figures, so it may see the publication
 * of approved snapshots only: nothing reaches the press before someone has
 * signed it off. The reporting roles may preview any snapshot. One rule for
 * the publication view and the publication export, so they cannot drift.
 */
export function assertMayReadPublication(
  role: Role,
  snapshot: { id: string; approved: boolean },
): void {
  if (role === 'communications' && !snapshot.approved) {
    throw forbidden(
      'snapshots.not_approved',
      `Snapshot ${snapshot.id} is not approved yet; its publication opens to communications once it is.`,
    );
  }
}
