import type { Request } from 'express';
import type { AuditDetails } from './audit-actions.js';

const noted = new WeakMap<Request, AuditDetails>();

/**
 * For audited routes whose answer is not a value (a streamed file): the
 * handler notes what the event should say, and the audit interceptor adds it.
 */
export function noteAuditDetails(request: Request, details: AuditDetails): void {
  noted.set(request, { ...noted.get(request), ...details });
}

export function notedAuditDetails(request: Request): AuditDetails {
  return noted.get(request) ?? {};
}
