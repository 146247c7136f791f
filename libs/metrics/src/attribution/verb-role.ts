import type { Definitions } from '../definitions.js';

export type VerbRole = 'enrolment' | 'completion';

/** What a verb means for the indicators (spec section 4), per the definitions version; null: neither. */
export function verbRole(verbId: string, definitions: Definitions): VerbRole | null {
  if (definitions.verbs.enrolment.includes(verbId)) return 'enrolment';
  if (definitions.verbs.completion.includes(verbId)) return 'completion';
  return null;
}
