import { type FiguresPoint } from '../../../core/api/indicator-figures.model';
import { type Period } from '../../../core/api/period';

/** The first year the product holds data for: the yearly chart starts there. */
export const FIRST_DATA_YEAR = 2017;

/**
 * The year the overview shows when the link names no period: the latest
 * complete calendar year (before the current one) with users, else the last
 * complete year. A year in progress would compare half a year with a whole one.
 */
export function defaultYear(
  points: readonly Pick<FiguresPoint, 'from' | 'users'>[],
  currentYear: number,
): number {
  const completeYearsWithUsers = points
    .filter((point) => point.users > 0)
    .map((point) => Number(point.from.slice(0, 4)))
    .filter((year) => year >= FIRST_DATA_YEAR && year < currentYear);
  return completeYearsWithUsers.length > 0 ? Math.max(...completeYearsWithUsers) : currentYear - 1;
}

/**
 * P', the base of the API's growth figures: the same days a year earlier,
 * 29 February read as 28 February (spec section 5; `shiftBackOneYear` of
 * @fita/metrics does the same on the server).
 */
export function yearBefore(period: Period): Period {
  return { from: dayYearBefore(period.from), to: dayYearBefore(period.to) };
}

function dayYearBefore(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4)) - 1;
  const monthDay = isoDate.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' ? '02-28' : monthDay}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
