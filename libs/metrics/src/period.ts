import { PeriodError } from './period-error.js';

/** A calendar date, without time or zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Calendar dates in the reporting time zone, both ends inclusive (spec
 * section 1), as YYYY-MM-DD. Kept as text because that is how the API receives
 * and returns them and because such strings compare in date order, so a
 * statement's `localDate` can be tested against a period directly.
 */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Parses a strict YYYY-MM-DD date that exists in the calendar. `name` is used
 * in error messages and as the error's `parameter`.
 */
export function parseIsoDate(text: string, name = 'date'): CalendarDate {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (match === null) {
    throw new PeriodError(
      'period.malformed',
      name,
      `"${name}" must be a date written YYYY-MM-DD, such as 2021-01-31; got ${JSON.stringify(text)}.`,
    );
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (
    date.year < 1 ||
    date.month < 1 ||
    date.month > 12 ||
    date.day < 1 ||
    date.day > daysInMonth(date.year, date.month)
  ) {
    throw new PeriodError(
      'period.invalid-date',
      name,
      `"${name}" is not a date in the calendar: ${text}.`,
    );
  }
  return date;
}

export function formatIsoDate(date: CalendarDate): string {
  if (!Number.isInteger(date.year) || date.year < 1 || date.year > 9999) {
    throw new RangeError(`Year ${date.year} cannot be written as YYYY.`);
  }
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * Builds a period from request parameters. Missing, malformed and impossible
 * dates are reported naming the parameter; `from` after `to` is refused.
 */
export function parsePeriod(from: unknown, to: unknown): Period {
  const fromDate = parsePeriodEnd(from, 'from');
  const toDate = parsePeriodEnd(to, 'to');
  if (fromDate > toDate) {
    throw new PeriodError(
      'period.reversed',
      'from',
      `"from" (${fromDate}) is after "to" (${toDate}).`,
    );
  }
  return { from: fromDate, to: toDate };
}

function parsePeriodEnd(value: unknown, name: 'from' | 'to'): string {
  if (value === undefined || value === null || value === '') {
    throw new PeriodError(
      'period.missing',
      name,
      `"${name}" is required: a date written YYYY-MM-DD.`,
    );
  }
  if (typeof value !== 'string') {
    // Query strings such as ?from=a&from=b arrive as arrays.
    throw new PeriodError(
      'period.malformed',
      name,
      `"${name}" must be a single date written YYYY-MM-DD.`,
    );
  }
  return formatIsoDate(parseIsoDate(value, name));
}

/** Whether a YYYY-MM-DD local date lies in the period (both ends inclusive). */
export function periodContains(period: Period, isoDate: string): boolean {
  return period.from <= isoDate && isoDate <= period.to;
}

function shiftDateBackOneYear(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  // 29 February has no counterpart in the previous year; the spec maps it to 28 February.
  const shiftedDay = month === 2 && day === 29 ? 28 : day;
  return formatIsoDate({ year: year - 1, month, day: shiftedDay });
}

/** P' of the growth indicators: the same dates one year earlier. */
export function shiftBackOneYear(period: Period): Period {
  return { from: shiftDateBackOneYear(period.from), to: shiftDateBackOneYear(period.to) };
}

/** 1 January to 31 December of `year`. */
export function yearPeriod(year: number): Period {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`A year must be an integer from 1 to 9999, got ${year}.`);
  }
  return {
    from: formatIsoDate({ year, month: 1, day: 1 }),
    to: formatIsoDate({ year, month: 12, day: 31 }),
  };
}

/** The calendar years the period touches, in order. */
export function yearsIn(period: Period): number[] {
  const first = parseIsoDate(period.from, 'from').year;
  const last = parseIsoDate(period.to, 'to').year;
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}

export const SERIES_INTERVALS = ['month', 'year'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

/** One point of a time series: a month (`2021-03`) or a year (`2021`), clipped to the period. */
export interface SeriesBucket extends Period {
  readonly label: string;
}

/**
 * The months or years the period touches, in order, each clipped to the
 * period so that its first and last points never count days outside it.
 */
export function seriesBuckets(period: Period, interval: SeriesInterval): SeriesBucket[] {
  const first = parseIsoDate(period.from, 'from');
  const last = parseIsoDate(period.to, 'to');
  const buckets: SeriesBucket[] = [];
  let { year, month } = first;
  while (year < last.year || (year === last.year && (interval === 'year' || month <= last.month))) {
    const whole =
      interval === 'year'
        ? yearPeriod(year)
        : {
            from: formatIsoDate({ year, month, day: 1 }),
            to: formatIsoDate({ year, month, day: daysInMonth(year, month) }),
          };
    buckets.push({
      label: interval === 'year' ? String(year) : whole.from.slice(0, 7),
      from: whole.from < period.from ? period.from : whole.from,
      to: whole.to > period.to ? period.to : whole.to,
    });
    if (interval === 'year' || month === 12) {
      year += 1;
      month = 1;
    } else {
      month += 1;
    }
  }
  return buckets;
}
