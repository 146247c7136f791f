import {
  type FundingIndicator,
  type FundingIndicators,
  type FundingYear,
  type IndicatorNames,
  type OperationSummary,
  type ValueInYear,
} from '../../../core/api/operations.model';

/** How far one funding indicator of an operation has come towards its target. */
export interface TargetProgress {
  readonly code: string;
  readonly names: IndicatorNames;
  readonly unit: string;
  readonly target: ValueInYear;
  /** The latest reporting year that has a value; null before any. */
  readonly latest: {
    readonly year: number;
    readonly value: number;
    /** value / target × 100, exact. */
    readonly percentOfTarget: number | null;
  } | null;
  readonly milestone: {
    readonly year: number;
    readonly value: string;
    /** The milestone year's value / milestone × 100; null when that year has no value. */
    readonly percent: number | null;
  } | null;
}

export interface OperationProgress {
  readonly operation: OperationSummary;
  /** Only the indicators that have a target, in the API's order. */
  readonly indicators: readonly TargetProgress[];
}

export function operationProgressOf(
  operation: OperationSummary,
  funding: FundingIndicators,
): OperationProgress {
  return {
    operation,
    indicators: funding.indicators.flatMap((indicator) => {
      const progress = targetProgressOf(indicator);
      return progress === null ? [] : [progress];
    }),
  };
}

/** Null for an indicator without a target: there is nothing to make progress towards. */
export function targetProgressOf(indicator: FundingIndicator): TargetProgress | null {
  const { target, milestone } = indicator;
  if (target === null) return null;
  // A cumulative value grows year on year and an annual one is the latest
  // year's own, so in both cases the latest year with a value is the news.
  const latest = indicator.years.findLast(hasValue);
  const milestoneYear = milestone
    ? indicator.years.filter(hasValue).find((year) => year.year === milestone.year)
    : undefined;
  return {
    code: indicator.code,
    names: indicator.names,
    unit: indicator.unit,
    target,
    latest: latest
      ? { year: latest.year, value: latest.value, percentOfTarget: latest.percentOfTarget }
      : null,
    milestone: milestone
      ? {
          year: milestone.year,
          value: milestone.value,
          percent: milestoneYear?.percentOfMilestone ?? null,
        }
      : null,
  };
}

function hasValue(year: FundingYear): year is FundingYear & { readonly value: number } {
  return year.value !== null;
}

/** The part of a progress bar to fill: 0 to 100, whatever was achieved beyond the target. */
export function barFill(percent: number | null): number {
  return percent === null ? 0 : Math.min(100, Math.max(0, percent));
}
