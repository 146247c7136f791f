import {
  FIGURE_KEYS,
  type FigureKey,
  type FiguresPoint,
} from '../../../core/api/indicator-figures.model';
import { type Period, yearsPeriod } from '../../../core/api/period';
import { textOf } from '../../../core/i18n/translator';
import { type PointChanges } from '../../../shared/figures/figures-over-time.component';
import { FIRST_PRESET_YEAR } from '../../../shared/filters/indicator-filters';
import { shareOf } from '../../../shared/format/figure-format';
import { TRENDS_MESSAGES } from '../trends.messages';

export const TRENDS_VIEWS = [
  { id: 'month', label: textOf(TRENDS_MESSAGES, 'trends.view.month') },
  { id: 'year', label: textOf(TRENDS_MESSAGES, 'trends.view.year') },
  { id: 'yoy', label: textOf(TRENDS_MESSAGES, 'trends.view.yoy') },
] as const;
export type TrendsView = (typeof TRENDS_VIEWS)[number]['id'];

interface QueryParamReader {
  get(name: string): string | null;
}

/** `view` in the URL; per month unless it names another view. */
export function readTrendsView(params: QueryParamReader): TrendsView {
  const view = params.get('view');
  return TRENDS_VIEWS.find((option) => option.id === view)?.id ?? 'month';
}

/** `figure` in the URL: the figure the year-on-year view compares; users unless it names another. */
export function readComparedFigure(params: QueryParamReader): FigureKey {
  const figure = params.get('figure');
  return FIGURE_KEYS.find((key) => key === figure) ?? 'users';
}

/**
 * The whole calendar years the year-on-year view draws: those the period
 * touches and the one before, so that a single year has something to be
 * compared with; never before the first year with data.
 */
export function yearOnYearPeriod(period: Period): Period {
  const firstYear = Number(period.from.slice(0, 4));
  const lastYear = Number(period.to.slice(0, 4));
  const yearBefore = firstYear - 1;
  return yearsPeriod(yearBefore >= FIRST_PRESET_YEAR ? yearBefore : firstYear, lastYear);
}

/** One year of a figure, January to December. */
export interface YearLine {
  readonly year: number;
  readonly months: readonly number[];
}

/** Monthly points of whole years, one line per year. */
export function yearLines(points: readonly FiguresPoint[], figure: FigureKey): YearLine[] {
  const byYear = new Map<number, number[]>();
  for (const point of points) {
    const year = Number(point.period.slice(0, 4));
    const month = Number(point.period.slice(5, 7));
    if (!Number.isInteger(month) || month < 1 || month > 12) continue;
    const months = byYear.get(year) ?? new Array<number>(12).fill(0);
    months[month - 1] = point[figure];
    byYear.set(year, months);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, months]) => ({ year, months }));
}

/** The busiest month of all the lines, and how it compares with the same month a year before. */
export interface PeakMonth {
  readonly year: number;
  /** 0 for January. */
  readonly month: number;
  readonly value: number;
  /** Null without the year before, or when that month had none. */
  readonly changeOnYearBefore: number | null;
}

export function peakMonth(lines: readonly YearLine[]): PeakMonth | null {
  let peak: PeakMonth | null = null;
  for (const line of lines) {
    for (let month = 0; month < line.months.length; month++) {
      const value = line.months[month];
      if (value === 0 || (peak !== null && value <= peak.value)) continue;
      const before = lines.find((other) => other.year === line.year - 1)?.months[month];
      const changeOnYearBefore = before === undefined ? null : shareOf(value - before, before);
      peak = { year: line.year, month, value, changeOnYearBefore };
    }
  }
  return peak;
}

/**
 * The change of each figure on the year before, for yearly points. Only
 * between two whole, consecutive calendar years is it the growth of spec
 * section 5; a year clipped by a custom period gets none.
 */
export function yearlyChanges(points: readonly FiguresPoint[]): PointChanges[] {
  return points.map((point, index) => {
    const before = points[index - 1];
    if (!before || !isWholeYear(point) || !isWholeYear(before)) return null;
    if (Number(point.period) !== Number(before.period) + 1) return null;
    return Object.fromEntries(
      FIGURE_KEYS.map((key) => [key, shareOf(point[key] - before[key], before[key])]),
    ) as Record<FigureKey, number | null>;
  });
}

function isWholeYear(point: FiguresPoint): boolean {
  const whole = yearsPeriod(Number(point.period), Number(point.period));
  return point.from === whole.from && point.to === whole.to;
}

/** Nothing was counted: the page says so instead of drawing flat lines. */
export function hasNoActivity(points: readonly FiguresPoint[]): boolean {
  return points.every((point) => FIGURE_KEYS.every((key) => point[key] === 0));
}
