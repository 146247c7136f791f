import { type Figures, type IndicatorFigures } from '../app/core/api/indicator-figures.model';
import {
  type FundingIndicator,
  type FundingIndicators,
  type FundingYear,
  type OperationIndicator,
} from '../app/core/api/operations.model';
import { type Period } from '../app/core/api/period';
import { PROVENANCE, anE024Definition, anOperationIndicator } from './api-fixtures';
import { someIndicatorFigures } from './figures-fixtures';

export interface OverviewCounts {
  readonly users?: number;
  readonly enrolments?: number;
  readonly completions?: number;
  readonly completers?: number;
  /** Users who are women; the rest are men unless `unknownSex` says otherwise. */
  readonly women?: number;
  readonly unknownSex?: number;
}

/** `GET /api/indicators` for `period`, users broken down by sex, with the growth given (else null). */
export function overviewFigures(
  period: Period,
  counts: OverviewCounts = {},
  growth: Partial<Record<keyof Figures, number | null>> = {},
): IndicatorFigures {
  const { women = 0, unknownSex = 0, ...flows } = counts;
  const figures = someIndicatorFigures(period, flows);
  return {
    ...figures,
    growth: { ...figures.growth, ...growth },
    breakdowns: {
      ...figures.breakdowns,
      users: {
        ...figures.breakdowns.users,
        sex: {
          woman: women,
          man: figures.users - women - unknownSex,
          non_binary: 0,
          unknown: unknownSex,
        },
      },
    },
  };
}

/** A reporting year of a funding indicator; `percentOfTarget` as the API works it out when given a target. */
export function aFundingYear(
  year: number,
  value: number | null,
  overrides: Partial<FundingYear> = {},
): FundingYear {
  return {
    year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    value,
    bySex: null,
    enteredAsOf: null,
    percentOfTarget: null,
    percentOfMilestone: null,
    ...overrides,
  };
}

export function aFundingIndicator(
  indicator: OperationIndicator,
  years: readonly FundingYear[],
): FundingIndicator {
  return { ...indicator, years };
}

/** E024 linked with a target of 8,000 users for 2020 and a milestone of 4,000 for 2019. */
export function anE024WithTarget(years: readonly FundingYear[]): FundingIndicator {
  return aFundingIndicator(
    anOperationIndicator(anE024Definition(), {
      milestone: { value: '4000.00', year: 2019 },
      target: { value: '8000.00', year: 2020 },
    }),
    years,
  );
}

/** `GET /api/operations/:id/indicators`. */
export function aFundingIndicators(
  operationId: string,
  indicators: readonly FundingIndicator[],
): FundingIndicators {
  return {
    operationId,
    period: { from: '2017-01-01', to: '2020-12-31' },
    indicators,
    provenance: PROVENANCE,
  };
}
