import { DEFAULT_DISCLOSURE_K, assertCount, assertDisclosureK } from './disclosure-k.js';

/**
 * What a secondarily suppressed cell shows. Not `<k`: that cell holds k or
 * more, so `<k` would be false. `c` is the usual "confidential" flag (Eurostat)
 * and reads the same in Catalan, Spanish and English.
 */
export const SECONDARY_SUPPRESSION_MARK = 'c';

export interface ExactZeroCell {
  readonly kind: 'exact-zero';
}

/** A count of k or more, rounded to the nearest multiple of 5 (never 0). */
export interface RoundedCell {
  readonly kind: 'rounded';
  readonly value: number;
}

/** A count of 1 to k - 1, hidden as `<k`. */
export interface PrimarySuppressedCell {
  readonly kind: 'suppressed';
  readonly reason: 'primary';
  readonly shown: `<${number}`;
}

/** A count of k or more, hidden so that a primary cell cannot be derived from the total. */
export interface SecondarySuppressedCell {
  readonly kind: 'suppressed';
  readonly reason: 'secondary';
  readonly shown: typeof SECONDARY_SUPPRESSION_MARK;
}

/** One breakdown cell as the publication view shows it (spec section 8). */
export type PublishedCell =
  ExactZeroCell | PrimarySuppressedCell | SecondarySuppressedCell | RoundedCell;

const EXACT_ZERO: PublishedCell = Object.freeze({ kind: 'exact-zero' });
const SECONDARY: PublishedCell = Object.freeze({
  kind: 'suppressed',
  reason: 'secondary',
  shown: SECONDARY_SUPPRESSION_MARK,
});

/**
 * Applies the breakdown rules of spec section 8 to the exact counts of one
 * breakdown (cell name to count); the result has the same cells, in the same
 * order. Headline totals are not touched: publish them exactly, from the
 * exact counts.
 *
 * - 0 is published as 0; 1 to k - 1 as `<k` (primary suppression).
 * - When exactly one cell is suppressed that way, the smallest of the other
 *   non-zero cells (by exact count) is suppressed too, shown as `c`. Ties go to
 *   the cell whose name comes first in code-unit order, so the result depends
 *   only on the names and counts, never on the order the record was built in.
 * - When that primary cell is the breakdown's only non-zero cell, nothing else
 *   is suppressed: the spec names only non-zero cells for this, zeros are shown
 *   as 0, and the hidden count equals the exact headline total anyway, which
 *   no suppression inside the breakdown could hide.
 * - Every other cell is rounded to the nearest multiple of 5 (with integers
 *   there is never a tie). Those cells hold at least k >= 3, so they never
 *   round to 0; for k = 6 or 7 a count of k to 7 is published as 5.
 *
 * Throws a DisclosureError for a k outside 3 to 10 or a count that is not a
 * whole number of 0 or more.
 */
export function protectBreakdown<K extends string>(
  cells: Readonly<Record<K, number>>,
  k: number = DEFAULT_DISCLOSURE_K,
): Record<K, PublishedCell> {
  assertDisclosureK(k);
  const names = Object.keys(cells) as K[];
  for (const name of names) assertCount(cells[name], name, `The count of cell "${name}"`);

  const isPrimary = (name: K) => cells[name] >= 1 && cells[name] < k;
  const primaryCount = names.filter(isPrimary).length;
  const large = names.filter((name) => cells[name] >= k);
  const secondary = primaryCount === 1 ? smallestCell(large, cells) : undefined;
  const primary: PublishedCell = Object.freeze({
    kind: 'suppressed',
    reason: 'primary',
    shown: `<${k}`,
  });

  return Object.fromEntries(
    names.map((name): [K, PublishedCell] => {
      const count = cells[name];
      if (count === 0) return [name, EXACT_ZERO];
      if (isPrimary(name)) return [name, primary];
      if (name === secondary) return [name, SECONDARY];
      return [name, { kind: 'rounded', value: roundToFive(count) }];
    }),
  ) as Record<K, PublishedCell>;
}

/** The cell with the smallest count; on a tie, the name first in code-unit order. */
function smallestCell<K extends string>(
  names: readonly K[],
  cells: Readonly<Record<K, number>>,
): K | undefined {
  let best: K | undefined;
  for (const name of names) {
    if (
      best === undefined ||
      cells[name] < cells[best] ||
      (cells[name] === cells[best] && name < best)
    ) {
      best = name;
    }
  }
  return best;
}

/** Nearest multiple of 5, in integer arithmetic (remainders 1-2 go down, 3-4 up). */
function roundToFive(count: number): number {
  const remainder = count % 5;
  return remainder < 3 ? count - remainder : count - remainder + 5;
}

/**
 * What a spreadsheet cell or a table shows: a number for zeros and rounded
 * counts, the mark (`<k` or `c`) for suppressed ones.
 */
export function publishedCellValue(cell: PublishedCell): number | string {
  switch (cell.kind) {
    case 'exact-zero':
      return 0;
    case 'rounded':
      return cell.value;
    case 'suppressed':
      return cell.shown;
  }
}
