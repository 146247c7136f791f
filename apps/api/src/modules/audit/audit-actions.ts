/**
 * What the audit log records (issue 9): reads of evidence and person-level
 * data, export downloads, user administration and refused logins. Stable
 * strings, stored in `audit_events.action` and filtered on by the API; the
 * dashboard names each in words.
 */
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

/** What an event is about; its id is in `subject_id`. */
export const AUDIT_SUBJECT_TYPES = [
  'snapshot',
  'person',
  'export',
  'user',
  'privacy_request',
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/**
 * Ids, codes, counts and flags only: an audit event says that someone saw a
 * person, never what they saw, so the log itself holds no personal data.
 */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;
