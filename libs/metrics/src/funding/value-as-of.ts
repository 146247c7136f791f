/** A value that is true from a date on (YYYY-MM-DD), such as one entered by hand. */
export interface DatedValue {
  readonly asOf: string;
}

/**
 * The value in force on `date`: the latest dated on or before it; of two with
 * the same date, the one later in `values` (a correction entered afterwards).
 * Null when every value is dated after `date`. Values of the same date must
 * come in the order they were recorded; otherwise the order does not matter.
 */
export function valueAsOf<T extends DatedValue>(values: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const value of values) {
    if (value.asOf <= date && (found === null || value.asOf >= found.asOf)) found = value;
  }
  return found;
}
