/** What the figures were computed from (spec section 9). */
export interface Provenance {
  /** ISO 8601 instant; null while the figures include no statement yet. */
  readonly cutoff: string | null;
  readonly definitionsVersion: string;
  readonly statementCount: number;
  readonly fingerprint: string;
}

/** `GET /api/indicators/freshness`: figures are current when both counts are equal. */
export interface Freshness {
  readonly statementsStored: number;
  readonly statementsProcessed: number;
  /** ISO 8601 instant; null before any statement has been received. */
  readonly asOf: string | null;
}

export function isBehind(freshness: Freshness): boolean {
  return freshness.statementsProcessed < freshness.statementsStored;
}
