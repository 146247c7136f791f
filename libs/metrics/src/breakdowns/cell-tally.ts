import { UNKNOWN_CELL } from './breakdown-keys.js';

/**
 * Counts the occurrences of one breakdown's cells. Occurrences are already
 * one per person (or per person-course pair); counting them is all that is
 * left. Occurrences can be added one at a time (from a stream or a cursor) or
 * as grouped counts (from a SQL `GROUP BY`).
 */
export class CellTally<C extends string> {
  private readonly counts = new Map<C, number>();
  private added = 0;

  /**
   * `cells` in display order; they must include `unknown` (spec section 5).
   * `name` (such as `users by sex`) is used in error messages.
   */
  constructor(
    readonly cells: readonly C[],
    readonly name = 'breakdown',
  ) {
    for (const cell of cells) {
      if (this.counts.has(cell)) throw new RangeError(`${name}: cell "${cell}" is listed twice.`);
      this.counts.set(cell, 0);
    }
    if (!this.counts.has(UNKNOWN_CELL as C)) {
      throw new RangeError(`${name}: every breakdown has an "${UNKNOWN_CELL}" cell.`);
    }
  }

  /** Adds `count` occurrences of `cell`; a cell outside the list is refused, never dropped. */
  add(cell: C, count = 1): this {
    const current = this.counts.get(cell);
    if (current === undefined) {
      throw new RangeError(
        `${this.name}: "${cell}" is not one of its cells (${this.cells.join(', ')}).`,
      );
    }
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(
        `${this.name}: a count is a whole number of at least 0, got ${JSON.stringify(count)}.`,
      );
    }
    this.counts.set(cell, current + count);
    this.added += count;
    return this;
  }

  /** How many occurrences were added. */
  get total(): number {
    return this.added;
  }

  /**
   * `{ cell: count }` with every cell, zeros included, in display order
   * (JavaScript puts integer-like keys first, which no cell of the fixed lists
   * is). Throws when the cells do not add up to `expectedTotal`, the headline
   * figure computed on its own: a breakdown that disagrees with its total is
   * never returned.
   */
  result(expectedTotal: number): Record<C, number> {
    if (!Number.isSafeInteger(expectedTotal) || expectedTotal < 0) {
      throw new RangeError(
        `${this.name}: a total is a whole number of at least 0, got ${expectedTotal}.`,
      );
    }
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    if (sum !== this.added || sum !== expectedTotal) {
      throw new Error(
        `${this.name}: the cells add up to ${sum} but the total is ${expectedTotal}.`,
      );
    }
    // fromEntries defines own properties, so even a cell named "__proto__" is kept.
    return Object.fromEntries(this.counts) as Record<C, number>;
  }
}

/** Counts `occurrences` (one cell each) into every cell of `cells`; see CellTally. */
export function tallyCells<C extends string>(
  cells: readonly C[],
  occurrences: Iterable<C>,
  expectedTotal: number,
  name?: string,
): Record<C, number> {
  const tally = new CellTally(cells, name);
  for (const cell of occurrences) tally.add(cell);
  return tally.result(expectedTotal);
}
