import { type Provenance } from './indicators.model';
import { type Period } from './period';

/** Shapes of apps/api/src/modules/operations (spec section 6). */

export const FUNDS = ['ERDF', 'ESF', 'ESF+', 'CF', 'JTF'] as const;
export type Fund = (typeof FUNDS)[number];

/** In the order the spec lists them; `cofinancing_rate` is a percentage, the others EUR. */
export const MONEY_KINDS = [
  'total_cost',
  'eligible_cost',
  'declared_expenditure',
  'certified_expenditure',
  'cofinancing_rate',
  'eu_support_committed',
  'eu_support_paid',
] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];

/** What identifies an operation: the body of `POST /api/operations`. */
export interface OperationFields {
  readonly code: string;
  readonly name: string;
  /** 15 characters, such as 2014ES16RFOP011. */
  readonly programmeCci: string;
  readonly programmeTitle: string;
  readonly fund: Fund;
  readonly priorityAxis: string;
  readonly specificObjective: string;
  readonly beneficiary: string;
  /** YYYY-MM-DD. */
  readonly startDate: string;
  /** YYYY-MM-DD, on or after the start date. */
  readonly endDate: string;
  /**
   * YYYY-MM-DD, on or after the end date: the last day its personal data must
   * be kept (ADR 0013). Set together with `legalBasis`, or neither; left out
   * of a new operation, or null, while not decided.
   */
  readonly retentionUntil?: string | null;
  /** The rule that requires keeping the data that long. */
  readonly legalBasis?: string | null;
}

/** An item of `GET /api/operations`. */
export interface OperationSummary extends OperationFields {
  /** Null while not decided: erasure requests of its participants wait for it. */
  readonly retentionUntil: string | null;
  readonly legalBasis: string | null;
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A dated figure. Amounts are decimal strings with 2 decimals ("1573550.00"). */
export interface MoneyFigure {
  readonly id: string;
  readonly kind: MoneyKind;
  readonly amount: string;
  /** YYYY-MM-DD: the date the figure is valid at. */
  readonly asOf: string;
  readonly source: string | null;
  readonly note: string | null;
  /** ISO 8601 instant. */
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface SupportComparison {
  readonly recorded: string;
  /** recorded − expected, signed. */
  readonly difference: string;
  /** |difference| is over the tolerance (EUR 1). */
  readonly flagged: boolean;
}

/** rate × certified expenditure next to the EU support recorded, committed and paid. */
export interface CofinancingCheck {
  readonly ratePercent: string;
  readonly certifiedExpenditure: string;
  readonly expectedEuSupport: string;
  readonly tolerance: string;
  readonly committed: SupportComparison | null;
  readonly paid: SupportComparison | null;
}

export interface ValueInYear {
  readonly value: string;
  readonly year: number;
}

export const INDICATOR_TYPES = ['output', 'result'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];
/** How an indicator's figures come about: computed from statements, or entered by hand (`manual`). */
export const AGGREGATION_RULES = ['cumulative_distinct', 'annual_distinct', 'manual'] as const;
export type AggregationRule = (typeof AGGREGATION_RULES)[number];

/** A type rather than an interface, so that it reads as a language map too. */
export type IndicatorNames = Readonly<{ ca: string; es: string; en: string }>;

export interface OperationIndicator {
  readonly code: string;
  readonly type: IndicatorType;
  readonly names: IndicatorNames;
  readonly unit: string;
  readonly aggregationRule: AggregationRule;
  readonly baseline: ValueInYear | null;
  readonly milestone: ValueInYear | null;
  readonly target: ValueInYear | null;
}

/** `GET /api/operations/:id`. */
export interface Operation extends OperationSummary {
  readonly money: {
    readonly currency: 'EUR';
    /** The latest-dated figure of each kind; null when none was recorded. */
    readonly current: Readonly<Record<MoneyKind, MoneyFigure | null>>;
    /** Every figure ever recorded, oldest first. */
    readonly history: readonly MoneyFigure[];
    /** Null until both a rate and certified expenditure are recorded. */
    readonly cofinancingCheck: CofinancingCheck | null;
  };
  readonly indicators: readonly OperationIndicator[];
}

/** Body of `POST /api/operations/:id/figures`. */
export interface NewMoneyFigure {
  readonly kind: MoneyKind;
  readonly amount: string;
  readonly asOf: string;
  readonly source?: string;
  readonly note?: string;
}

/** An item of `GET /api/indicator-catalogue`, and the body of the `POST` that adds one. */
export interface IndicatorDefinition {
  /** Capital letters, digits and . _ -, such as RCO14; never changes once created. */
  readonly code: string;
  readonly type: IndicatorType;
  readonly names: IndicatorNames;
  readonly unit: string;
  readonly aggregationRule: AggregationRule;
  readonly notes: string | null;
}

/** The body of `PATCH /api/indicator-catalogue/:code`: any field but the code; null clears the notes. */
export interface IndicatorDefinitionChanges {
  readonly type?: IndicatorType;
  readonly names?: Partial<IndicatorNames>;
  readonly unit?: string;
  readonly aggregationRule?: AggregationRule;
  readonly notes?: string | null;
}

/** The body of `PUT /api/operations/:id/indicators/:code`: it replaces the whole link. */
export interface IndicatorTargets {
  readonly baseline: ValueInYear | null;
  readonly milestone: ValueInYear | null;
  readonly target: ValueInYear | null;
}

/** In the order the API and the spec list them. */
export const SEX_KEYS = ['woman', 'man', 'non_binary', 'unknown'] as const;
export type SexKey = (typeof SEX_KEYS)[number];
/** All four add up to the value; the rest goes to `unknown`. */
export type BySex = Readonly<Record<SexKey, string>>;

/** An item of `GET /api/operations/:id/indicators/:code/values`, oldest first. */
export interface ManualValue {
  readonly id: string;
  readonly indicatorCode: string;
  /** YYYY-MM-DD: the date the value is valid at. */
  readonly asOf: string;
  /** Decimal string with 2 decimals ("12.00"). */
  readonly value: string;
  readonly bySex: BySex | null;
  readonly source: string;
  readonly note: string | null;
  /** ISO 8601 instant. */
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** The body of `POST /api/operations/:id/indicators/:code/values`, only for `manual` indicators. */
export interface NewManualValue {
  readonly asOf: string;
  readonly value: string;
  readonly bySex?: BySex;
  readonly source: string;
  readonly note?: string;
}

/** One reporting year of a funding indicator (spec section 6). */
export interface FundingYear {
  readonly year: number;
  /** YYYY-MM-DD: the dates the value covers; for a manual indicator, the value in force on `to`. */
  readonly from: string;
  readonly to: string;
  /** Null for a manual indicator with nothing entered by `to`. */
  readonly value: number | null;
  /** Adds up to `value`; null when a manual value was entered without a split. */
  readonly bySex: Readonly<Record<SexKey, number>> | null;
  /** For a manual indicator, the date of the value shown. */
  readonly enteredAsOf: string | null;
  /** value / target × 100, exact; null without a target or a value. */
  readonly percentOfTarget: number | null;
  readonly percentOfMilestone: number | null;
}

export interface FundingIndicator extends OperationIndicator {
  readonly years: readonly FundingYear[];
}

/** `GET /api/operations/:id/indicators`. */
export interface FundingIndicators {
  readonly operationId: string;
  readonly period: Period;
  readonly indicators: readonly FundingIndicator[];
  /** Null when every linked indicator is entered by hand. */
  readonly provenance: Provenance | null;
}

export const COST_BASES = ['total', 'eligible', 'eu'] as const;
export type CostBasis = (typeof COST_BASES)[number];
export const COST_UNITS = ['user', 'enrolment', 'completion'] as const;
export type CostUnit = (typeof COST_UNITS)[number];

export interface CostsPerUnit {
  /** Users, enrolments or completions over the operation's period. */
  readonly count: number;
  /** EUR, rounded half up to the cent; null when the count is 0 or the figure is missing. */
  readonly total: string | null;
  readonly eligible: string | null;
  readonly eu: string | null;
}

/** `GET /api/operations/:id/money`. */
export interface MoneyIndicators {
  readonly operationId: string;
  readonly currency: 'EUR';
  readonly period: Period;
  readonly rounding: 'half-up-to-cent';
  /** The current figure each cost is divided from; EU support is the amount committed. */
  readonly bases: Readonly<
    Record<
      CostBasis,
      { readonly kind: MoneyKind; readonly amount: string; readonly asOf: string } | null
    >
  >;
  readonly costPer: Readonly<Record<CostUnit, CostsPerUnit>>;
  readonly cofinancingCheck: CofinancingCheck | null;
  readonly provenance: Provenance;
}
