import { MONEY_KINDS, type MoneyKind } from '../operations/money.js';
import { COST_BASES, COST_UNITS, type CostUnit } from '../operations/money-indicators.service.js';
import type { OperationView, ValueInYear } from '../operations/operations.service.js';
import type { FundingYearView } from '../operations/funding-indicators.service.js';
import type { ErdfMoney, ErdfOperationFigures } from './erdf-figures.service.js';
import { exportLabel, type ExportLabelKey } from './export-labels.js';
import { typed, type ExportCell, type ExportTable, type TypedCell } from './export-table.js';
import type { ExportLanguage } from './export-writer.js';

type Label = (key: ExportLabelKey, params?: Readonly<Record<string, string | number>>) => string;

const labelIn =
  (language: ExportLanguage): Label =>
  (key, params) =>
    exportLabel(language, key, params);

/** A count or an amount with decimals, as entered (targets, manual values): each shown as it is. */
function quantity(value: number | null): TypedCell {
  return typed(value === null || Number.isInteger(value) ? 'count' : 'amount', value);
}

/** A percentage of the API (62.5) as the share the workbook shows as 62.5 %. */
function percent(value: number | null): TypedCell {
  return typed('share', value === null ? null : value / 100);
}

const IDENTIFICATION: readonly {
  label: ExportLabelKey;
  cell: (operation: OperationView) => ExportCell;
}[] = [
  { label: 'erdf.operation.code', cell: (operation) => operation.code },
  { label: 'erdf.operation.name', cell: (operation) => operation.name },
  { label: 'erdf.operation.programmeCci', cell: (operation) => operation.programmeCci },
  { label: 'erdf.operation.programmeTitle', cell: (operation) => operation.programmeTitle },
  { label: 'erdf.operation.fund', cell: (operation) => operation.fund },
  { label: 'erdf.operation.priorityAxis', cell: (operation) => operation.priorityAxis },
  { label: 'erdf.operation.specificObjective', cell: (operation) => operation.specificObjective },
  { label: 'erdf.operation.beneficiary', cell: (operation) => operation.beneficiary },
  { label: 'erdf.operation.startDate', cell: (operation) => typed('date', operation.startDate) },
  { label: 'erdf.operation.endDate', cell: (operation) => typed('date', operation.endDate) },
];

/** What identifies each operation, one column per operation, read down like a form. */
export function identificationTable(
  operations: readonly OperationView[],
  language: ExportLanguage,
): ExportTable {
  const label = labelIn(language);
  return {
    title: label('erdf.sheet.identification'),
    columns: [
      { header: label('column.item'), kind: 'text', width: 24 },
      ...operations.map((operation) => ({
        header: operation.code,
        kind: 'text' as const,
        width: 60,
      })),
    ],
    rows: IDENTIFICATION.map((item) => [
      label(item.label),
      ...operations.map((operation) => item.cell(operation)),
    ]),
  };
}

/**
 * Each indicator of each operation, one row per reporting year, valued as
 * its aggregation rule says (cumulative to each year end, distinct within the
 * year, or the entered value in force): rows are never meant to be added up.
 */
export function indicatorsTable(
  figures: readonly ErdfOperationFigures[],
  language: ExportLanguage,
): ExportTable {
  const label = labelIn(language);
  const rows: ExportCell[][] = [];
  for (const { operation, indicators } of figures) {
    for (const indicator of indicators) {
      for (const year of indicator.years) {
        rows.push([
          operation.code,
          indicator.code,
          label(`erdf.type.${indicator.type}`),
          indicator.names[language],
          indicator.unit,
          label(`erdf.rule.${indicator.aggregationRule}`),
          ...goal(indicator.baseline),
          ...goal(indicator.milestone),
          ...goal(indicator.target),
          year.year,
          year.from,
          year.to,
          quantity(year.value),
          quantity(year.bySex?.woman ?? null),
          quantity(year.bySex?.man ?? null),
          quantity(year.bySex?.non_binary ?? null),
          quantity(year.bySex?.unknown ?? null),
          percent(year.percentOfTarget),
          percent(year.percentOfMilestone),
          sourceOf(indicator.aggregationRule === 'manual', year, label),
        ]);
      }
    }
  }
  return {
    title: label('erdf.sheet.indicators'),
    columns: [
      { header: label('erdf.column.operation'), kind: 'text', width: 22 },
      { header: label('erdf.column.code'), kind: 'text', width: 10 },
      { header: label('erdf.column.type'), kind: 'text', width: 14 },
      { header: label('erdf.column.name'), kind: 'text', width: 50 },
      { header: label('erdf.column.unit'), kind: 'text', width: 12 },
      { header: label('erdf.column.rule'), kind: 'text', width: 36 },
      { header: label('erdf.column.baseline'), kind: 'count', width: 12 },
      { header: label('erdf.column.baselineYear'), kind: 'integer', width: 10 },
      { header: label('erdf.column.milestone'), kind: 'count', width: 12 },
      { header: label('erdf.column.milestoneYear'), kind: 'integer', width: 10 },
      { header: label('erdf.column.target'), kind: 'count', width: 12 },
      { header: label('erdf.column.targetYear'), kind: 'integer', width: 10 },
      { header: label('column.year'), kind: 'integer', width: 8 },
      { header: label('column.from'), kind: 'date', width: 12 },
      { header: label('column.to'), kind: 'date', width: 12 },
      { header: label('erdf.column.value'), kind: 'count', width: 12 },
      { header: label('erdf.column.women'), kind: 'count', width: 12 },
      { header: label('erdf.column.men'), kind: 'count', width: 12 },
      { header: label('erdf.column.nonBinary'), kind: 'count', width: 12 },
      { header: label('erdf.column.sexUnknown'), kind: 'count', width: 12 },
      { header: label('erdf.column.percentOfTarget'), kind: 'share', width: 12 },
      { header: label('erdf.column.percentOfMilestone'), kind: 'share', width: 12 },
      { header: label('erdf.column.source'), kind: 'text', width: 50 },
    ],
    rows,
  };
}

function goal(value: ValueInYear | null): [TypedCell, number | null] {
  return value === null ? [quantity(null), null] : [quantity(Number(value.value)), value.year];
}

function sourceOf(manual: boolean, year: FundingYearView, label: Label): string {
  if (!manual) return label('erdf.source.counted');
  if (year.enteredAsOf === null) return label('erdf.source.none');
  return label('erdf.source.entered', { date: year.enteredAsOf, source: year.enteredSource ?? '' });
}

const MONEY_UNITS: Readonly<Record<MoneyKind, ExportLabelKey>> = {
  total_cost: 'erdf.unit.eur',
  eligible_cost: 'erdf.unit.eur',
  declared_expenditure: 'erdf.unit.eur',
  certified_expenditure: 'erdf.unit.eur',
  cofinancing_rate: 'erdf.unit.percent',
  eu_support_committed: 'erdf.unit.eur',
  eu_support_paid: 'erdf.unit.eur',
};

const COUNT_LABELS: Readonly<Record<CostUnit, ExportLabelKey>> = {
  user: 'erdf.money.count.user',
  enrolment: 'erdf.money.count.enrolment',
  completion: 'erdf.money.count.completion',
};

const COST_LABELS: Readonly<Record<CostUnit, ExportLabelKey>> = {
  user: 'erdf.money.costPer.user',
  enrolment: 'erdf.money.costPer.enrolment',
  completion: 'erdf.money.costPer.completion',
};

/**
 * The money of each operation as of the cut-off: the figures in force, the
 * unit costs (amounts in EUR, half up to the cent, as computed: no formula)
 * and the co-financing check, one section after another.
 */
export function moneyTable(
  figures: readonly ErdfOperationFigures[],
  language: ExportLanguage,
): ExportTable {
  const label = labelIn(language);
  const rows: ExportCell[][] = [];
  for (const { operation, money } of figures) {
    const row = (section: ExportLabelKey, ...cells: ExportCell[]) =>
      rows.push([operation.code, label(section), ...cells]);
    for (const kind of MONEY_KINDS) {
      const figure = money.current[kind];
      row(
        'erdf.money.figures',
        label(`erdf.money.${kind}`),
        typed('amount', figure === null ? null : Number(figure.amount)),
        label(MONEY_UNITS[kind]),
        typed('date', figure?.asOf ?? null),
        figure === null ? label('erdf.money.notRecorded') : figure.source,
      );
    }
    for (const unit of COST_UNITS) {
      const cost = money.costPer[unit];
      row(
        'erdf.money.unitCosts',
        label(COUNT_LABELS[unit]),
        typed('count', cost.count),
        label('erdf.unit.number'),
      );
      for (const basis of COST_BASES) {
        const amount = cost[basis];
        row(
          'erdf.money.unitCosts',
          label(COST_LABELS[unit], { basis: label(`erdf.money.basis.${basis}`) }),
          typed('amount', amount === null ? null : Number(amount)),
          label('erdf.unit.eur'),
          null,
          amount === null ? label('erdf.money.noCost') : null,
        );
      }
    }
    checkRows(money, label).forEach((cells) => row('erdf.money.check', ...cells));
  }
  return {
    title: label('erdf.sheet.money'),
    columns: [
      { header: label('erdf.column.operation'), kind: 'text', width: 22 },
      { header: label('erdf.column.section'), kind: 'text', width: 26 },
      { header: label('column.item'), kind: 'text', width: 56 },
      { header: label('column.value'), kind: 'amount', width: 16 },
      { header: label('erdf.column.unit'), kind: 'text', width: 8 },
      { header: label('erdf.column.asOf'), kind: 'date', width: 12 },
      { header: label('erdf.column.source'), kind: 'text', width: 48 },
    ],
    rows,
  };
}

function checkRows(money: ErdfMoney, label: Label): ExportCell[][] {
  const check = money.cofinancingCheck;
  if (check === null) return [[label('erdf.check.notComputed'), null, null]];
  const eur = label('erdf.unit.eur');
  const amount = (value: string) => typed('amount', Number(value));
  const yesNo = (flag: boolean) => typed('text', label(flag ? 'common.yes' : 'common.no'));
  const rows: ExportCell[][] = [
    [label('erdf.money.cofinancing_rate'), amount(check.ratePercent), label('erdf.unit.percent')],
    [label('erdf.money.certified_expenditure'), amount(check.certifiedExpenditure), eur],
    [label('erdf.check.expected'), amount(check.expectedEuSupport), eur],
    [label('erdf.check.tolerance'), amount(check.tolerance), eur],
  ];
  if (check.committed !== null) {
    rows.push(
      [label('erdf.money.eu_support_committed'), amount(check.committed.recorded), eur],
      [label('erdf.check.committedDifference'), amount(check.committed.difference), eur],
      [label('erdf.check.committedFlagged'), yesNo(check.committed.flagged), null],
    );
  }
  if (check.paid !== null) {
    rows.push(
      [label('erdf.money.eu_support_paid'), amount(check.paid.recorded), eur],
      [label('erdf.check.paidDifference'), amount(check.paid.difference), eur],
      [label('erdf.check.paidFlagged'), yesNo(check.paid.flagged), null],
    );
  }
  return rows;
}
