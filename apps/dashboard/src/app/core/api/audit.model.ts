import { type UserRole } from '../auth/auth-session.model';

/** Shapes of apps/api/src/modules/audit (`GET /api/admin/audit`). */

/** In the API's order (apps/api/src/modules/audit/audit-actions.ts): the action filter lists them so. */
export const AUDIT_ACTIONS = [
  'evidence.view',
  'learner.view',
  'learner.identities.view',
  'export.download',
  'user.create',
  'user.role_change',
  'user.disable',
  'user.enable',
  'user.password_reset',
  'auth.login_refused',
  'privacy.request_record',
  'privacy.requests_view',
  'privacy.restriction_lift',
  'privacy.erasure_execute',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Ids, codes, counts and flags: the log never holds the personal data itself. */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEvent {
  readonly id: string;
  /** ISO 8601 instant. */
  readonly at: string;
  /** Null for a refused login that named no account. */
  readonly user: { readonly id: string; readonly email: string; readonly role: UserRole } | null;
  /** One of AUDIT_ACTIONS; an older API may know actions this dashboard does not. */
  readonly action: string;
  readonly subject: { readonly type: string; readonly id: string | null } | null;
  readonly details: AuditDetails;
  readonly clientAddress: string | null;
}

/** A page of events, newest first. */
export interface AuditPage {
  readonly events: readonly AuditEvent[];
  readonly page: number;
  readonly pageSize: number;
  /** Events matching the filters, on every page. */
  readonly total: number;
}

/** What the log is narrowed to; an empty filter is left out. */
export interface AuditFilters {
  /** YYYY-MM-DD, both ends inclusive, in the reporting time zone. */
  readonly from: string;
  readonly to: string;
  readonly action: AuditAction | '';
  /** A user's e-mail address or id. */
  readonly user: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { from: '', to: '', action: '', user: '' };
