/** Shapes of apps/api/src/modules/lrs (`/api/admin/lrs-credentials`). */

/** xAPI scopes (xAPI 1.0.3, part 3, 4.2), in the API's order (lrs-scopes.ts). */
export const LRS_SCOPES = [
  'statements/write',
  'statements/read',
  'statements/read/mine',
  'all/read',
  'all',
  'state',
  'profile',
  'define',
] as const;
export type LrsScope = (typeof LRS_SCOPES)[number];

/** An item of `GET /api/admin/lrs-credentials`, oldest first; the secret is never listed. */
export interface LrsCredential {
  readonly id: string;
  /** The user name of HTTP Basic. */
  readonly key: string;
  readonly name: string;
  readonly scopes: readonly string[];
  /** ISO 8601 instants. */
  readonly createdAt: string;
  /** Null while the credential works. */
  readonly revokedAt: string | null;
}

/** The body of `POST /api/admin/lrs-credentials`; without a key the API generates one. */
export interface NewLrsCredential {
  readonly name: string;
  readonly scopes: readonly LrsScope[];
  readonly key?: string;
}

/** The answer of a creation: the only time the secret is shown. */
export interface CreatedLrsCredential {
  readonly key: string;
  readonly secret: string;
}
