/**
 * Canvas drawing cannot read CSS custom properties cheaply, so the palette is
 * mirrored here from styles.css. Bars keep at least 3:1 against white and text
 * 4.5:1 (WCAG AA).
 */
export const CHART_COLORS = {
  bar: '#1d4ed8',
  barHover: '#1e3a8a',
  text: '#374151',
  grid: '#e5e7eb',
} as const;
