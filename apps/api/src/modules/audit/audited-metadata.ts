import type { AuditAction, AuditDetails, AuditSubjectType } from './audit-actions.js';

/** What `@Audited` and `@AuditedRefusals` leave on a route for the audit interceptor. */
export const AUDITED_KEY = 'fita:audited';
export const AUDITED_REFUSALS_KEY = 'fita:audited-refusals';

/** Where an audited route's subject is, and what else is worth noting from its answer. */
export interface AuditedRoute<R = never> {
  subject: AuditSubjectType;
  /** The route parameter holding the subject's id... */
  idParam?: string;
  /** ...or, for something the route creates, the id in its answer. */
  idFrom?: (result: R) => string;
  /** Ids, codes, counts and flags from the answer; never the personal data itself. */
  details?: (result: R) => AuditDetails;
}

export interface AuditedRouteMetadata extends AuditedRoute<unknown> {
  action: AuditAction;
}

export interface AuditedRefusalsOptions {
  /** The body field holding the e-mail address the request names: the event is about that account. */
  emailField: string;
}

export interface AuditedRefusalsMetadata extends AuditedRefusalsOptions {
  action: AuditAction;
}
