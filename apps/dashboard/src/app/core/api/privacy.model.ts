/** Shapes of apps/api/src/modules/privacy (`/api/admin/privacy/requests`, ADR 0013). */

/** In the API's order (privacy-request.entity.ts): the form offers them so. */
export const PRIVACY_REQUEST_KINDS = ['restriction', 'erasure'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

/**
 * A restriction is `active` or `lifted`; an erasure is `waiting` (for a
 * retention period, or for an operation to get one), `due` (the next
 * `privacy-erasure` run carries it out) or `executed`.
 */
export type PrivacyRequestStatus = 'active' | 'lifted' | 'waiting' | 'due' | 'executed';

/** How the request named its person: the e-mail address or account itself is never kept. */
export type SubjectNaming = 'person' | 'email' | 'account';

export interface OverlappingOperation {
  readonly operationId: string;
  readonly code: string;
  /** YYYY-MM-DD, or null when the operation has no retention period yet. */
  readonly retentionUntil: string | null;
  readonly legalBasis: string | null;
}

/** What a pending erasure waits for. */
export interface ErasureSchedule {
  /** The latest retention date among the person's operations; null when none applies. */
  readonly retainedUntil: string | null;
  /** The operations whose period holds some of the person's activity. */
  readonly operations: readonly OverlappingOperation[];
  /** Those of them without a retention period: the erasure waits until each has one. */
  readonly withoutRetention: readonly { readonly operationId: string; readonly code: string }[];
}

/** An item of `GET /api/admin/privacy/requests`, newest first, and the answer of a record or a lift. */
export interface PrivacyRequest {
  readonly id: string;
  readonly kind: PrivacyRequestKind;
  readonly status: PrivacyRequestStatus;
  /** The API's sentence for the status, in English. */
  readonly statusReason: string;
  readonly subject: {
    readonly namedBy: SubjectNaming;
    /** The learner registry's person, when the subject is one. */
    readonly personId: string | null;
    /** How many actor keys the request covers. */
    readonly actorKeys: number;
  };
  readonly reference: string;
  readonly recordedBy: { readonly id: string; readonly email: string };
  /** ISO 8601 instants. */
  readonly recordedAt: string;
  readonly liftedBy: { readonly id: string; readonly email: string } | null;
  readonly liftedAt: string | null;
  readonly executedAt: string | null;
  readonly erasedStatements: number | null;
  /** For a pending erasure only. */
  readonly erasure: ErasureSchedule | null;
}

/** An LMS account: the xAPI `account` of an Agent. */
export interface LmsAccount {
  readonly homePage: string;
  readonly name: string;
}

/** The body of `POST /api/admin/privacy/requests`: the person named exactly one way. */
export type NewPrivacyRequest = {
  readonly kind: PrivacyRequestKind;
  readonly reference: string;
} & ({ readonly personId: string } | { readonly email: string } | { readonly account: LmsAccount });
