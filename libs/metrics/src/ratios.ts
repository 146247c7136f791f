function assertFinite(value: number, name: string): void {
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number, got ${value}.`);
}

/**
 * numerator / denominator as an exact (unrounded) number; rounding is for
 * presentation. `null` when the denominator is 0 (spec section 5), so an
 * undefined ratio is never shown as 0 or Infinity.
 */
export function ratio(numerator: number, denominator: number): number | null {
  assertFinite(numerator, 'numerator');
  assertFinite(denominator, 'denominator');
  return denominator === 0 ? null : numerator / denominator;
}

/** (current - previous) / previous; `null` when previous is 0. */
export function growth(current: number, previous: number): number | null {
  assertFinite(current, 'current');
  assertFinite(previous, 'previous');
  return previous === 0 ? null : (current - previous) / previous;
}
