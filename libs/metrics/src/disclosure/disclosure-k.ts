import { DisclosureError } from './disclosure-error.js';

/** The threshold k of spec section 8: counts from 1 to k - 1 are hidden. */
export const DEFAULT_DISCLOSURE_K = 5;
export const MIN_DISCLOSURE_K = 3;
export const MAX_DISCLOSURE_K = 10;

/**
 * Refuses a k outside the spec's range (a whole number from 3 to 10). Below 3
 * rounding to the nearest 5 could publish a non-zero count as 0 (2 rounds to
 * 0), which is one reason the range starts at 3.
 */
export function assertDisclosureK(k: unknown): asserts k is number {
  if (
    typeof k !== 'number' ||
    !Number.isInteger(k) ||
    k < MIN_DISCLOSURE_K ||
    k > MAX_DISCLOSURE_K
  ) {
    throw new DisclosureError(
      'disclosure.invalid-k',
      'k',
      `k must be a whole number from ${MIN_DISCLOSURE_K} to ${MAX_DISCLOSURE_K}, got ${shown(k)}.`,
    );
  }
}

/** Refuses anything that is not a count: a whole number of 0 or more. */
export function assertCount(value: unknown, name: string, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new DisclosureError(
      'disclosure.invalid-count',
      name,
      `${what} must be a whole number of 0 or more, got ${shown(value)}.`,
    );
  }
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
