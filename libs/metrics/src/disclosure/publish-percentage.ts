import { assertCount } from './disclosure-k.js';

/** Spec section 8: a percentage is shown only when its denominator is at least this. */
export const MIN_PERCENTAGE_DENOMINATOR = 10;

export type PublishedPercentage =
  /** numerator / denominator x 100, exact: rounding (1 decimal) is for presentation. */
  | { readonly kind: 'shown'; readonly value: number }
  | { readonly kind: 'not-shown'; readonly reason: 'denominator-below-10' };

/**
 * A percentage for the publication view (spec section 8), computed from the
 * exact counts, never from published (rounded or suppressed) cells. Not shown
 * when the denominator is below 10, which includes 0. The numerator may exceed
 * the denominator (a completion rate is a ratio of flows and can pass 100 %).
 */
export function publishPercentage(numerator: number, denominator: number): PublishedPercentage {
  assertCount(numerator, 'numerator', 'The numerator of a percentage');
  assertCount(denominator, 'denominator', 'The denominator of a percentage');
  if (denominator < MIN_PERCENTAGE_DENOMINATOR) {
    return { kind: 'not-shown', reason: 'denominator-below-10' };
  }
  // Multiplying first keeps whole percentages exact: (7 / 10) * 100 is 70.00000000000001.
  return { kind: 'shown', value: (numerator * 100) / denominator };
}
