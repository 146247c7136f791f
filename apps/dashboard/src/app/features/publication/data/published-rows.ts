import { type PublishedBreakdown, type PublishedCell } from '../../../core/api/publication.model';
import { UNKNOWN_CELL, cellLabel } from './cell-labels';

/** Beyond this many bars (places of residence) the chart shows the largest; the table all. */
export const MAX_CHART_BARS = 15;

/** Why a cell shows no count: `<k` (a small count) or `c` (hidden to protect one). */
export type HiddenReason = 'primary' | 'secondary';

export interface PublishedRow {
  readonly key: string;
  readonly label: string;
  /** As published: 0, a count rounded to 5, or the mark. */
  readonly value: PublishedCell;
  /** Null for a count that may be drawn. */
  readonly hidden: HiddenReason | null;
  readonly isUnknown: boolean;
}

const PRIMARY_MARK = /^<\d+$/;

/** A published cell that is not a number is hidden; anything but `<k` is treated as `c`. */
export function hiddenReason(value: PublishedCell): HiddenReason | null {
  if (typeof value === 'number') return null;
  return PRIMARY_MARK.test(value) ? 'primary' : 'secondary';
}

/** The cells of one published breakdown as rows, in the API's order, `unknown` last. */
export function publishedRows(breakdown: PublishedBreakdown, dimension: string): PublishedRow[] {
  const rows = Object.entries(breakdown).map(([key, value]): PublishedRow => ({
    key,
    label: cellLabel(dimension, key),
    value,
    hidden: hiddenReason(value),
    isUnknown: key === UNKNOWN_CELL,
  }));
  return [...rows.filter((row) => !row.isUnknown), ...rows.filter((row) => row.isUnknown)];
}

export interface ChartBars {
  /** The rows drawn: published counts only, never a hidden cell drawn as 0. */
  readonly rows: readonly (PublishedRow & { readonly value: number })[];
  /** Hidden cells, named under the chart instead of drawn. */
  readonly hidden: readonly PublishedRow[];
  /** True when only the largest counts fit. */
  readonly isCut: boolean;
}

/**
 * What a chart of published cells draws. A hidden cell is left out and named
 * (a bar at 0 would read as "nobody"); past `max` bars only the largest stay,
 * in their table order.
 */
export function chartBars(rows: readonly PublishedRow[], max = MAX_CHART_BARS): ChartBars {
  const counted = rows.filter(
    (row): row is PublishedRow & { readonly value: number } => typeof row.value === 'number',
  );
  const hidden = rows.filter((row) => row.hidden !== null);
  if (counted.length <= max) return { rows: counted, hidden, isCut: false };
  const largest = new Set([...counted].sort((a, b) => b.value - a.value).slice(0, max));
  return { rows: counted.filter((row) => largest.has(row)), hidden, isCut: true };
}
