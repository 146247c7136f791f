import { type PointStyle } from 'chart.js';

export interface SeriesStyle {
  readonly color: string;
  readonly pointStyle: PointStyle;
  /** Dash pattern of a line; empty for a solid line. */
  readonly dash: readonly number[];
}

/**
 * Series are told apart by colour, point shape and dash, so that no one needs
 * to see colour to read a chart. Every colour keeps at least 4.5:1 against
 * white (WCAG AA for text, so also the 3:1 of graphics).
 */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#1d4ed8', pointStyle: 'circle', dash: [] },
  { color: '#b45309', pointStyle: 'rect', dash: [6, 3] },
  { color: '#047857', pointStyle: 'triangle', dash: [2, 2] },
  { color: '#be123c', pointStyle: 'rectRot', dash: [] },
  { color: '#6d28d9', pointStyle: 'crossRot', dash: [8, 3, 2, 3] },
  { color: '#4b5563', pointStyle: 'star', dash: [4, 4] },
];

export function seriesStyle(index: number): SeriesStyle {
  const count = SERIES_STYLES.length;
  return SERIES_STYLES[((index % count) + count) % count];
}

/** For bars that stand for what is not known (the `unknown` cell of a breakdown). */
export const UNKNOWN_BAR_COLOR = '#6b7280';
