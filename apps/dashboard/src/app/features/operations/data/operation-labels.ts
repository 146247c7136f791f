import {
  type AggregationRule,
  type IndicatorTargets,
  type IndicatorType,
  type MoneyKind,
  type OperationFields,
  type SexKey,
} from '../../../core/api/operations.model';

export const MONEY_KIND_LABELS: Readonly<Record<MoneyKind, string>> = {
  total_cost: 'Total cost',
  eligible_cost: 'Eligible cost',
  declared_expenditure: 'Declared expenditure',
  certified_expenditure: 'Certified expenditure',
  cofinancing_rate: 'Co-financing rate',
  eu_support_committed: 'EU support committed',
  eu_support_paid: 'EU support paid',
};

/** The co-financing rate is a percentage (50.00 is 50 %); every other figure is EUR. */
export function isPercentKind(kind: MoneyKind): boolean {
  return kind === 'cofinancing_rate';
}

export const OPERATION_FIELD_LABELS: Readonly<Record<keyof OperationFields, string>> = {
  code: 'Code',
  name: 'Name',
  programmeCci: 'Programme CCI',
  programmeTitle: 'Programme title',
  fund: 'Fund',
  priorityAxis: 'Priority axis',
  specificObjective: 'Specific objective',
  beneficiary: 'Beneficiary',
  startDate: 'Start date',
  endDate: 'End date',
};

export const INDICATOR_TYPE_LABELS: Readonly<Record<IndicatorType, string>> = {
  output: 'Output',
  result: 'Result',
};

export const AGGREGATION_RULE_LABELS: Readonly<Record<AggregationRule, string>> = {
  cumulative_distinct: 'Distinct persons since the start',
  annual_distinct: 'Distinct persons per year',
  manual: 'Entered by hand',
};

/** By the field paths of the API's 400 details. */
export const INDICATOR_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Code',
  type: 'Type',
  names: 'Names',
  'names.ca': 'Name in Catalan',
  'names.es': 'Name in Spanish',
  'names.en': 'Name in English',
  unit: 'Unit',
  aggregationRule: 'Computed as',
  notes: 'Notes',
};

export const TARGET_LABELS: Readonly<Record<keyof IndicatorTargets, string>> = {
  baseline: 'Baseline',
  milestone: 'Milestone',
  target: 'Target',
};

export const SEX_LABELS: Readonly<Record<SexKey, string>> = {
  woman: 'Women',
  man: 'Men',
  non_binary: 'Non-binary',
  unknown: 'Unknown',
};
