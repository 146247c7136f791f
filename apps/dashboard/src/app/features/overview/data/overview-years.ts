import { type SeriesPoint } from '../../../core/api/indicators.model';

/** The first year the product holds data for. */
export const FIRST_DATA_YEAR = 2017;

/** Newest first: the year people want is usually a recent one. */
export function selectableYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear; year >= FIRST_DATA_YEAR; year--) years.push(year);
  return years;
}

/** The year to show first: the latest one that has users, else the current year. */
export function defaultYear(points: readonly SeriesPoint[], currentYear: number): number {
  const yearsWithUsers = points
    .filter((point) => point.users > 0)
    .map((point) => Number(point.from.slice(0, 4)))
    .filter((year) => year >= FIRST_DATA_YEAR && year <= currentYear);
  return yearsWithUsers.length > 0 ? Math.max(...yearsWithUsers) : currentYear;
}
