import type { Definitions } from './definitions.js';

/** The parts of a stored statement that decide whether it counts. */
export interface CountingCandidate {
  verbId: string;
  /** The actor's objectType as sent: absent means Agent. */
  actorObjectType?: string | null;
  /**
   * Whether a voiding statement stored at or before the cut-off targets this
   * statement. Decided by whoever holds the stored voids; absent means not voided.
   */
  voided?: boolean;
}

/**
 * Whether a statement counts (spec section 1): not voided, not itself a
 * voiding statement, and done by an Agent (Group statements are stored but
 * not counted).
 */
export function isCountingStatement(
  candidate: CountingCandidate,
  definitions: Definitions,
): boolean {
  if (candidate.voided === true) return false;
  if (candidate.verbId === definitions.voidingVerb) return false;
  const actorType = candidate.actorObjectType;
  return actorType === undefined || actorType === null || actorType === 'Agent';
}
