import { parseIsoDate, yearPeriod, yearsIn, type Period } from '../period.js';

/** The dates one reporting year's value of a funding indicator covers (spec section 6). */
export interface ReportingPeriod {
  readonly year: number;
  /** YYYY-MM-DD, inclusive. */
  readonly from: string;
  /** YYYY-MM-DD, inclusive. */
  readonly to: string;
}

/**
 * The calendar years an operation reports on: every year its period touches,
 * so an operation from 2019-07-01 to 2021-03-31 reports 2019, 2020 and 2021.
 */
export function reportingYears(operation: Period): number[] {
  assertOperationPeriod(operation);
  return yearsIn(operation);
}

/**
 * `cumulative_distinct`: from the operation's start to each year end, the last
 * year ending with the operation. Each period contains the one before, so a
 * person counted in an earlier year is still one person in every later year.
 */
export function cumulativePeriods(operation: Period): ReportingPeriod[] {
  return reportingYears(operation).map((year) => ({
    year,
    from: operation.from,
    to: earlier(yearPeriod(year).to, operation.to),
  }));
}

/**
 * `annual_distinct`: each calendar year, the first and last clipped to the
 * operation, so no year counts anyone active before the start or after the end.
 */
export function annualPeriods(operation: Period): ReportingPeriod[] {
  return reportingYears(operation).map((year) => {
    const whole = yearPeriod(year);
    return {
      year,
      from: whole.from < operation.from ? operation.from : whole.from,
      to: earlier(whole.to, operation.to),
    };
  });
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

function assertOperationPeriod(operation: Period): void {
  parseIsoDate(operation.from, 'from');
  parseIsoDate(operation.to, 'to');
  if (operation.from > operation.to)
    throw new RangeError(
      `An operation cannot end (${operation.to}) before it starts (${operation.from}).`,
    );
}
