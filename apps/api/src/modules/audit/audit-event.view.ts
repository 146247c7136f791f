import type { AuditDetails } from './audit-actions.js';
import type { AuditEventRecord } from './audit-events.repository.js';

/** One audit event as `GET /api/admin/audit` shows it. */
export interface AuditEventView {
  id: string;
  at: string;
  /** Null for a refused login that named no account. */
  user: { id: string; email: string; role: string } | null;
  action: string;
  subject: { type: string; id: string | null } | null;
  details: AuditDetails;
  clientAddress: string | null;
}

export interface AuditPageView {
  events: AuditEventView[];
  page: number;
  pageSize: number;
  /** Events matching the filters, on every page. */
  total: number;
}

export function auditEventViewOf(record: AuditEventRecord): AuditEventView {
  return {
    id: record.id,
    at: record.at.toISOString(),
    user:
      record.userId === null
        ? null
        : { id: record.userId, email: record.userEmail ?? '', role: record.userRole ?? '' },
    action: record.action,
    subject:
      record.subjectType === null ? null : { type: record.subjectType, id: record.subjectId },
    details: record.details,
    clientAddress: record.clientAddress,
  };
}
