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
import type { IndicatorQuery } from '../indicators/indicator-query.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import type { IndicatorsView, ProvenanceView } from '../indicators/indicators.view.js';
import {
  SEX_KEYS,
  type IndicatorManualValueEntity,
  type SexKey,
} from './indicator-manual-value.entity.js';
import { OperationsRepository, type LinkedIndicator } from './operations.repository.js';
import {
  OperationsService,
  toIndicatorView,
  type OperationIndicatorView,
} from './operations.service.js';

export type SexCounts = Record<SexKey, number>;

/**
 * Which data an operation's figures are read from. Absent, everything known
 * now, unfiltered: the live endpoints. An ERDF export passes its snapshot's
 * cut-off and course filters, so that data recorded later changes nothing:
 * statements stored, money figures recorded and values entered after the
 * cut-off are left out.
 */
export type FiguresScope = Partial<Pick<IndicatorQuery, 'cutoff' | 'filters'>>;

/** One reporting year of a funding indicator. */
export interface FundingYearView {
  year: number;
  /** The dates the value covers (for a manual indicator: the value in force on `to`). */
  from: string;
  to: string;
  /** Null for a manual indicator with no value dated on or before `to`. */
  value: number | null;
  /** Adds up to `value`; null when a manual value was entered without a split by sex. */
  bySex: SexCounts | null;
  /** For a manual indicator, the date of the entered value shown; else null. */
  enteredAsOf: string | null;
  /** For a manual indicator, where the entered value shown comes from; else null. */
  enteredSource: string | null;
  /** value / target x 100, exact; null without a target (or a target of 0) or a value. */
  percentOfTarget: number | null;
  percentOfMilestone: number | null;
}

export interface FundingIndicatorView extends OperationIndicatorView {
  years: FundingYearView[];
}

export interface FundingIndicatorsView {
  operationId: string;
  period: Period;
  indicators: FundingIndicatorView[];
  /** What the computed values cover; null when every linked indicator is manual. */
  provenance: ProvenanceView | null;
}

/**
 * The funding indicators of an operation (spec section 6), per reporting year,
 * in total and by sex: computed from statements through the indicator engine,
 * or, for `manual` ones, taken from the values entered.
 */
@Injectable()
export class FundingIndicatorsService {
  constructor(
    private readonly operations: OperationsService,
    private readonly repository: OperationsRepository,
    private readonly indicators: IndicatorsService,
  ) {}

  async of(operationId: string, scope: FiguresScope = {}): Promise<FundingIndicatorsView> {
    const operation = await this.operations.find(operationId);
    const period = { from: operation.startDate, to: operation.endDate };
    const figures = new FiguresByPeriod(this.indicators, scope);
    const linked = await this.repository.indicatorsOf(operation.id);
    const indicators = await Promise.all(
      linked.map(async (indicator) =>
        withAchievement(indicator, await this.yearsOf(indicator, period, figures, scope.cutoff)),
      ),
    );
    return {
      operationId: operation.id,
      period,
      indicators,
      provenance: await figures.provenance(),
    };
  }

  private async yearsOf(
    { link, definition }: LinkedIndicator,
    operation: Period,
    figures: FiguresByPeriod,
    cutoff: Date | undefined,
  ): Promise<YearValue[]> {
    const counted = (periods: ReportingPeriod[]) =>
      Promise.all(periods.map(async (period) => countedYear(period, await figures.of(period))));
    switch (definition.aggregationRule) {
      case 'cumulative_distinct':
        return counted(cumulativePeriods(operation));
      case 'annual_distinct':
        return counted(annualPeriods(operation));
      case 'manual':
        // An entered value is a count to the date it is valid at, so each year
        // shows the one in force at its end, as a cumulative value would be.
        return enteredYears(
          cumulativePeriods(operation),
          await this.repository.manualValuesOf(link.operationId, definition.code, cutoff),
        );
    }
  }
}

type YearValue = Omit<FundingYearView, 'percentOfTarget' | 'percentOfMilestone'>;

/**
 * The engine's answer for each period, asked once per request: a cumulative
 * and an annual indicator share their first year.
 */
class FiguresByPeriod {
  private readonly asked = new Map<string, Promise<IndicatorsView>>();

  constructor(
    private readonly indicators: IndicatorsService,
    private readonly scope: FiguresScope,
  ) {}

  of({ from, to }: Period): Promise<IndicatorsView> {
    const key = `${from}/${to}`;
    let figures = this.asked.get(key);
    if (!figures) {
      figures = this.indicators.indicators({
        period: { from, to },
        // Only users and their sex are read, which no age scheme changes.
        banding: standardAgeBanding(DEFAULT_AGE_SCHEME),
        filters: this.scope.filters ?? {},
        cutoff: this.scope.cutoff,
        // Mandatory funding reporting counts restricted persons too (ADR 0013).
        purpose: 'funding',
      });
      this.asked.set(key, figures);
    }
    return figures;
  }

  /** Count and fingerprint cover every period alike (spec section 9); null if none was asked. */
  async provenance(): Promise<ProvenanceView | null> {
    const [first] = this.asked.values();
    return first === undefined ? null : (await first).provenance;
  }
}

/** A manual indicator's value in force at each reporting period's end. */
function enteredYears(
  periods: readonly ReportingPeriod[],
  values: readonly IndicatorManualValueEntity[],
): YearValue[] {
  return periods.map(({ year, from, to }) => {
    const entered = valueAsOf(values, to);
    return {
      year,
      from,
      to,
      value: entered ? Number(entered.value) : null,
      bySex: entered ? enteredBySex(entered) : null,
      enteredAsOf: entered?.asOf ?? null,
      enteredSource: entered?.source ?? null,
    };
  });
}

function countedYear({ year, from, to }: ReportingPeriod, figures: IndicatorsView): YearValue {
  const sex = figures.breakdowns.users.sex;
  return {
    year,
    from,
    to,
    value: figures.users,
    bySex: Object.fromEntries(SEX_KEYS.map((key) => [key, sex[key] ?? 0])) as SexCounts,
    enteredAsOf: null,
    enteredSource: null,
  };
}

function enteredBySex(value: IndicatorManualValueEntity): SexCounts | null {
  const { valueWoman, valueMan, valueNonBinary, valueUnknown } = value;
  if (valueWoman === null || valueMan === null || valueNonBinary === null || valueUnknown === null)
    return null;
  return {
    woman: Number(valueWoman),
    man: Number(valueMan),
    non_binary: Number(valueNonBinary),
    unknown: Number(valueUnknown),
  };
}

/**
 * Each year's own value is what is compared with the target and the milestone,
 * never a sum of years (spec section 6). A cumulative value already counts
 * every distinct user from the operation's start, so the row of the target's
 * year is the achievement and earlier rows the way there; adding years would
 * count a person once for every year they came back. An annual value is
 * users in that year, the unit (users/year) its target is set in, so each year
 * is measured against it on its own.
 */
function withAchievement(
  indicator: LinkedIndicator,
  years: readonly YearValue[],
): FundingIndicatorView {
  const { targetValue, milestoneValue } = indicator.link;
  const target = targetValue === null ? null : Number(targetValue);
  const milestone = milestoneValue === null ? null : Number(milestoneValue);
  return {
    ...toIndicatorView(indicator),
    years: years.map((row) => ({
      ...row,
      percentOfTarget: percentAchieved(row.value, target),
      percentOfMilestone: percentAchieved(row.value, milestone),
    })),
  };
}
