import { Injectable } from '@nestjs/common';
import {
  DEFAULT_AGE_SCHEME,
  annualPeriods,
  cumulativePeriods,
  percentAchieved,
  standardAgeBanding,
  valueAsOf,
  type Period,
  type ReportingPeriod,
} from '@fita/metrics';
import {
  IndicatorsService,
  type IndicatorsView,
  type ProvenanceView,
} from '../indicators/indicators.service.js';
import type { FundingYearView, SexCounts } from '../operations/funding-indicators.service.js';
import {
  BASIS_FIGURES,
  COST_BASES,
  COST_UNITS,
  type CostBasis,
  type CostPerUnitView,
  type CostUnit,
} from '../operations/money-indicators.service.js';
import {
  cofinancingCheck,
  costPer,
  currentFigures,
  type CofinancingCheck,
  type MoneyKind,
} from '../operations/money.js';
import {
  OperationsService,
  type ManualValueView,
  type MoneyFigureView,
  type OperationIndicatorView,
  type OperationView,
} from '../operations/operations.service.js';
import type { QueryAtCutoff } from '../snapshots/snapshot-query.js';

export interface ErdfMoney {
  /** Of the figures recorded up to the cut-off, the one in force (latest-dated) of each kind. */
  current: Record<MoneyKind, MoneyFigureView | null>;
  costPer: Record<CostUnit, CostPerUnitView>;
  cofinancingCheck: CofinancingCheck | null;
}

/** A reporting year as GET /api/operations/:id/indicators gives it, with an entered value's source. */
export interface ErdfYearView extends FundingYearView {
  enteredSource: string | null;
}

export interface ErdfIndicatorView extends OperationIndicatorView {
  years: ErdfYearView[];
}

export interface ErdfOperationFigures {
  operation: OperationView;
  indicators: ErdfIndicatorView[];
  money: ErdfMoney;
}

export interface ErdfFigures {
  operations: ErdfOperationFigures[];
  /** What the engine counted from at the cut-off with the snapshot's filters. */
  provenance: ProvenanceView;
}

type YearValue = Omit<ErdfYearView, 'percentOfTarget' | 'percentOfMilestone'>;

/**
 * The funding figures of an ERDF workbook that a snapshot does not freeze
 * (it holds one period, not each reporting year): each indicator per year
 * as its rule says, and the unit costs, computed as GET /api/operations/:id/
 * indicators and /money compute them but at the snapshot's cut-off and with
 * its filters, so the same snapshot always gives the same values. Money
 * figures and manual values count only when recorded by the cut-off (both
 * are only ever added to, so this is what was known then).
 */
@Injectable()
export class ErdfFiguresService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly operations: OperationsService,
  ) {}

  async read(operations: readonly OperationView[], query: QueryAtCutoff): Promise<ErdfFigures> {
    const figuresOf = (period: Period) =>
      this.indicators.indicators({
        period,
        // Only totals and users by sex are read, which no age scheme changes.
        banding: standardAgeBanding(DEFAULT_AGE_SCHEME),
        filters: query.filters,
        cutoff: query.cutoff,
      });
    const read = await Promise.all(
      operations.map(async (operation) => ({
        operation,
        indicators: await Promise.all(
          operation.indicators.map(async (indicator) =>
            withAchievement(
              indicator,
              await this.yearsOf(operation, indicator, query.cutoff, figuresOf),
            ),
          ),
        ),
        money: moneyOf(operation, query.cutoff, await figuresOf(periodOf(operation))),
      })),
    );
    // Count and fingerprint cover every period alike (spec section 9).
    const { provenance } = await figuresOf(query.period);
    return { operations: read, provenance };
  }

  private async yearsOf(
    operation: OperationView,
    indicator: OperationIndicatorView,
    cutoff: Date,
    figuresOf: (period: Period) => Promise<IndicatorsView>,
  ): Promise<YearValue[]> {
    const counted = (periods: ReportingPeriod[]) =>
      Promise.all(periods.map(async (period) => countedYear(period, await figuresOf(period))));
    switch (indicator.aggregationRule) {
      case 'cumulative_distinct':
        return counted(cumulativePeriods(periodOf(operation)));
      case 'annual_distinct':
        return counted(annualPeriods(periodOf(operation)));
      case 'manual': {
        const values = await this.operations.manualValues(operation.id, indicator.code);
        return enteredYears(
          cumulativePeriods(periodOf(operation)),
          values.filter((value) => new Date(value.recordedAt) <= cutoff),
        );
      }
    }
  }
}

function periodOf(operation: OperationView): Period {
  return { from: operation.startDate, to: operation.endDate };
}

function countedYear({ year, from, to }: ReportingPeriod, figures: IndicatorsView): YearValue {
  const sex = figures.breakdowns.users.sex;
  return {
    year,
    from,
    to,
    value: figures.users,
    bySex: {
      woman: sex['woman'] ?? 0,
      man: sex['man'] ?? 0,
      non_binary: sex['non_binary'] ?? 0,
      unknown: sex['unknown'] ?? 0,
    },
    enteredAsOf: null,
    enteredSource: null,
  };
}

/** A manual indicator's value in force at each year's end, as GET .../indicators shows it. */
function enteredYears(
  periods: readonly ReportingPeriod[],
  values: readonly ManualValueView[],
): YearValue[] {
  return periods.map(({ year, from, to }) => {
    const entered = valueAsOf(values, to);
    return {
      year,
      from,
      to,
      value: entered ? Number(entered.value) : null,
      bySex: entered?.bySex ? sexCountsOf(entered.bySex) : null,
      enteredAsOf: entered?.asOf ?? null,
      enteredSource: entered?.source ?? null,
    };
  });
}

function sexCountsOf(bySex: Record<keyof SexCounts, string>): SexCounts {
  return {
    woman: Number(bySex.woman),
    man: Number(bySex.man),
    non_binary: Number(bySex.non_binary),
    unknown: Number(bySex.unknown),
  };
}

/** Each year's own value against the target and milestone, never a sum of years (spec section 6). */
function withAchievement(
  indicator: OperationIndicatorView,
  years: readonly YearValue[],
): ErdfIndicatorView {
  const target = indicator.target === null ? null : Number(indicator.target.value);
  const milestone = indicator.milestone === null ? null : Number(indicator.milestone.value);
  return {
    ...indicator,
    years: years.map((row) => ({
      ...row,
      percentOfTarget: percentAchieved(row.value, target),
      percentOfMilestone: percentAchieved(row.value, milestone),
    })),
  };
}

/** Unit costs over the operation's whole period and the co-financing check, as of the cut-off. */
function moneyOf(operation: OperationView, cutoff: Date, counted: IndicatorsView): ErdfMoney {
  const known = operation.money.history.filter((figure) => new Date(figure.recordedAt) <= cutoff);
  const current = currentFigures(known);
  const per = (count: number): CostPerUnitView => {
    const amounts = Object.fromEntries(
      COST_BASES.map((basis) => {
        const figure = current[BASIS_FIGURES[basis]];
        return [basis, figure ? costPer(figure.amount, count) : null];
      }),
    ) as Record<CostBasis, string | null>;
    return { count, ...amounts };
  };
  const counts: Record<CostUnit, number> = {
    user: counted.users,
    enrolment: counted.enrolments,
    completion: counted.completions,
  };
  return {
    current,
    costPer: Object.fromEntries(COST_UNITS.map((unit) => [unit, per(counts[unit])])) as Record<
      CostUnit,
      CostPerUnitView
    >,
    cofinancingCheck: cofinancingCheck(current),
  };
}
