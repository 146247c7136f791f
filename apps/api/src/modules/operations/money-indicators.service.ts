import { Injectable } from '@nestjs/common';
import { DEFAULT_AGE_SCHEME, standardAgeBanding, type Period } from '@fita/metrics';
import { IndicatorsService } from '../indicators/indicators.service.js';
import type { ProvenanceView } from '../indicators/indicators.view.js';
import type { FiguresScope } from './funding-indicators.service.js';
import {
  cofinancingCheck,
  costPer,
  currentFigures,
  type CofinancingCheck,
  type DatedFigure,
  type MoneyKind,
} from './money.js';
import type { OperationFigureEntity } from './operation-figure.entity.js';
import { OperationsRepository } from './operations.repository.js';
import { OperationsService } from './operations.service.js';

/** The amounts costs are divided on (spec section 6). */
export const COST_BASES = ['total', 'eligible', 'eu'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/**
 * The figure of each basis. EU support is the committed amount: the grant
 * the operation was awarded, as the seed's ERDF 705,027 is; what has been
 * paid so far is a stage of its payment, not its cost.
 */
export const BASIS_FIGURES = {
  total: 'total_cost',
  eligible: 'eligible_cost',
  eu: 'eu_support_committed',
} as const satisfies Record<CostBasis, MoneyKind>;

export const COST_UNITS = ['user', 'enrolment', 'completion'] as const;
export type CostUnit = (typeof COST_UNITS)[number];

export interface BasisView {
  kind: MoneyKind;
  /** EUR, 2 decimals: the current (latest-dated) figure. */
  amount: string;
  asOf: string;
}

export interface CostPerUnitView {
  /** Users, enrolments or completions over the operation's period. */
  count: number;
  /** EUR per unit, rounded half up to the cent; null when the count is 0 or the figure missing. */
  total: string | null;
  eligible: string | null;
  eu: string | null;
}

export interface MoneyIndicatorsView {
  operationId: string;
  currency: 'EUR';
  /** The operation's whole period, over which everything is counted. */
  period: Period;
  rounding: 'half-up-to-cent';
  /** Null for a figure never recorded. */
  bases: Record<CostBasis, BasisView | null>;
  costPer: Record<CostUnit, CostPerUnitView>;
  cofinancingCheck: CofinancingCheck | null;
  provenance: ProvenanceView;
}

/** A money figure in force: what it is, how much, from when and where it comes from. */
export type FigureInForce = Pick<OperationFigureEntity, 'kind' | 'amount' | 'asOf' | 'source'>;

/** The money indicators, and the figure in force of every kind (the view shows the three bases). */
export interface MoneyIndicatorsWithFigures {
  view: MoneyIndicatorsView;
  inForce: Record<MoneyKind, FigureInForce | null>;
}

/**
 * Money indicators of an operation (spec section 6): its current total,
 * eligible and EU amounts divided by the users, enrolments and completions of
 * its whole period, in integer cents (money.ts), beside the co-financing check.
 */
@Injectable()
export class MoneyIndicatorsService {
  constructor(
    private readonly operations: OperationsService,
    private readonly repository: OperationsRepository,
    private readonly indicators: IndicatorsService,
  ) {}

  /** `scope`: which data to read (see FiguresScope); absent, everything known now. */
  async of(operationId: string, scope: FiguresScope = {}): Promise<MoneyIndicatorsView> {
    return (await this.withFigures(operationId, scope)).view;
  }

  /** The same, with every kind's figure in force, as an ERDF workbook lists them. */
  async withFigures(
    operationId: string,
    scope: FiguresScope = {},
  ): Promise<MoneyIndicatorsWithFigures> {
    const operation = await this.operations.find(operationId);
    const period = { from: operation.startDate, to: operation.endDate };
    const [figures, counted] = await Promise.all([
      this.repository.figuresOf(operation.id, scope.cutoff),
      this.indicators.indicators({
        period,
        // No breakdown is read here; the query needs a scheme all the same.
        banding: standardAgeBanding(DEFAULT_AGE_SCHEME),
        filters: scope.filters ?? {},
        cutoff: scope.cutoff,
        // Unit costs are funding reporting: restricted persons count (ADR 0013).
        purpose: 'funding',
      }),
    ]);
    const current = currentFigures(figures);
    const bases: Record<CostBasis, BasisView | null> = {
      total: basisOf(current[BASIS_FIGURES.total]),
      eligible: basisOf(current[BASIS_FIGURES.eligible]),
      eu: basisOf(current[BASIS_FIGURES.eu]),
    };
    const view: MoneyIndicatorsView = {
      operationId: operation.id,
      currency: 'EUR',
      period,
      rounding: 'half-up-to-cent',
      bases,
      costPer: {
        user: costsPer(counted.users, bases),
        enrolment: costsPer(counted.enrolments, bases),
        completion: costsPer(counted.completions, bases),
      },
      cofinancingCheck: cofinancingCheck(current),
      provenance: counted.provenance,
    };
    return { view, inForce: current };
  }
}

function costsPer(count: number, bases: Record<CostBasis, BasisView | null>): CostPerUnitView {
  const per = (basis: BasisView | null) => (basis ? costPer(basis.amount, count) : null);
  return { count, total: per(bases.total), eligible: per(bases.eligible), eu: per(bases.eu) };
}

function basisOf(figure: DatedFigure | null): BasisView | null {
  return figure ? { kind: figure.kind, amount: figure.amount, asOf: figure.asOf } : null;
}
