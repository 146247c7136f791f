import {
  type AggregationRule,
  type IndicatorTargets,
  type IndicatorType,
  type MoneyKind,
  type OperationFields,
  type SexKey,
} from '../../../core/api/operations.model';
import { textOf } from '../../../core/i18n/translator';
import { OPERATIONS_MESSAGES } from '../operations.messages';

// Read once when the feature loads: the interface language is fixed for a page
// load (choosing another reloads the page), so these tables never go stale.
const t = (key: string): string => textOf(OPERATIONS_MESSAGES, key);

export const MONEY_KIND_LABELS: Readonly<Record<MoneyKind, string>> = {
  total_cost: t('operations.moneyKind.totalCost'),
  eligible_cost: t('operations.moneyKind.eligibleCost'),
  declared_expenditure: t('operations.moneyKind.declaredExpenditure'),
  certified_expenditure: t('operations.moneyKind.certifiedExpenditure'),
  cofinancing_rate: t('operations.moneyKind.cofinancingRate'),
  eu_support_committed: t('operations.moneyKind.euSupportCommitted'),
  eu_support_paid: t('operations.moneyKind.euSupportPaid'),
};

/** The co-financing rate is a percentage (50.00 is 50 %); every other figure is EUR. */
export function isPercentKind(kind: MoneyKind): boolean {
  return kind === 'cofinancing_rate';
}

export const OPERATION_FIELD_LABELS: Readonly<Record<keyof OperationFields, string>> = {
  code: t('operations.field.code'),
  name: t('operations.field.name'),
  programmeCci: t('operations.field.programmeCci'),
  programmeTitle: t('operations.field.programmeTitle'),
  fund: t('operations.field.fund'),
  priorityAxis: t('operations.field.priorityAxis'),
  specificObjective: t('operations.field.specificObjective'),
  beneficiary: t('operations.field.beneficiary'),
  startDate: t('operations.field.startDate'),
  endDate: t('operations.field.endDate'),
  retentionUntil: t('operations.field.retentionUntil'),
  legalBasis: t('operations.field.legalBasis'),
};

export const INDICATOR_TYPE_LABELS: Readonly<Record<IndicatorType, string>> = {
  output: t('operations.indicatorType.output'),
  result: t('operations.indicatorType.result'),
};

/** The type as a noun phrase, under an indicator's name. */
export const INDICATOR_TYPE_NAMES: Readonly<Record<IndicatorType, string>> = {
  output: t('operations.indicatorType.outputIndicator'),
  result: t('operations.indicatorType.resultIndicator'),
};

export const AGGREGATION_RULE_LABELS: Readonly<Record<AggregationRule, string>> = {
  cumulative_distinct: t('operations.rule.cumulativeDistinct'),
  annual_distinct: t('operations.rule.annualDistinct'),
  manual: t('operations.rule.manual'),
};

/** How each rule's yearly value comes about, in words, for the reader of the indicator sheet. */
export const AGGREGATION_RULE_EXPLANATIONS: Readonly<Record<AggregationRule, string>> = {
  cumulative_distinct: t('operations.rule.cumulativeDistinctExplained'),
  annual_distinct: t('operations.rule.annualDistinctExplained'),
  manual: t('operations.rule.manualExplained'),
};

/** By the field paths of the API's 400 details. */
export const INDICATOR_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: t('operations.indicatorField.code'),
  type: t('operations.indicatorField.type'),
  names: t('operations.indicatorField.names'),
  'names.ca': t('operations.indicatorField.nameCa'),
  'names.es': t('operations.indicatorField.nameEs'),
  'names.en': t('operations.indicatorField.nameEn'),
  unit: t('operations.indicatorField.unit'),
  aggregationRule: t('operations.indicatorField.rule'),
  notes: t('operations.indicatorField.notes'),
};

export const TARGET_LABELS: Readonly<Record<keyof IndicatorTargets, string>> = {
  baseline: t('operations.target.baseline'),
  milestone: t('operations.target.milestone'),
  target: t('operations.target.target'),
};

/** The value and the year of a baseline, milestone or target, named on their own in errors. */
export const TARGET_PART_LABELS: Readonly<
  Record<keyof IndicatorTargets, Readonly<Record<'value' | 'year', string>>>
> = {
  baseline: {
    value: t('operations.target.baselineValue'),
    year: t('operations.target.baselineYear'),
  },
  milestone: {
    value: t('operations.target.milestoneValue'),
    year: t('operations.target.milestoneYear'),
  },
  target: { value: t('operations.target.targetValue'), year: t('operations.target.targetYear') },
};

export const SEX_LABELS: Readonly<Record<SexKey, string>> = {
  woman: t('operations.sex.woman'),
  man: t('operations.sex.man'),
  non_binary: t('operations.sex.nonBinary'),
  unknown: t('operations.sex.unknown'),
};
