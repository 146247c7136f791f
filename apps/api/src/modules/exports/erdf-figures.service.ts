import { Injectable } from '@nestjs/common';
import { IndicatorsService } from '../indicators/indicators.service.js';
import type { ProvenanceView } from '../indicators/indicators.view.js';
import {
  FundingIndicatorsService,
  type FiguresScope,
  type FundingIndicatorView,
} from '../operations/funding-indicators.service.js';
import {
  MoneyIndicatorsService,
  type CostPerUnitView,
  type CostUnit,
  type FigureInForce,
} from '../operations/money-indicators.service.js';
import type { CofinancingCheck, MoneyKind } from '../operations/money.js';
import type { OperationView } from '../operations/operations.service.js';
import type { QueryAtCutoff } from '../snapshots/snapshot-query.js';

export interface ErdfMoney {
  /** Of the figures recorded up to the cut-off, the one in force (latest-dated) of each kind. */
  current: Record<MoneyKind, FigureInForce | null>;
  costPer: Record<CostUnit, CostPerUnitView>;
  cofinancingCheck: CofinancingCheck | null;
}

export interface ErdfOperationFigures {
  operation: OperationView;
  indicators: FundingIndicatorView[];
  money: ErdfMoney;
}

export interface ErdfFigures {
  operations: ErdfOperationFigures[];
  /** What the engine counted from at the cut-off with the snapshot's filters. */
  provenance: ProvenanceView;
}

/**
 * The funding figures of an ERDF workbook that a snapshot does not freeze
 * (it holds one period, not each reporting year): each indicator per year
 * as its rule says, and the unit costs. They are GET /api/operations/:id/
 * indicators and /money, read at the snapshot's cut-off and with its
 * filters, so the same snapshot always gives the same values.
 */
@Injectable()
export class ErdfFiguresService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly funding: FundingIndicatorsService,
    private readonly money: MoneyIndicatorsService,
  ) {}

  async read(operations: readonly OperationView[], query: QueryAtCutoff): Promise<ErdfFigures> {
    const scope: FiguresScope = { cutoff: query.cutoff, filters: query.filters };
    const read = await Promise.all(
      operations.map(async (operation) => {
        const [funding, money] = await Promise.all([
          this.funding.of(operation.id, scope),
          this.money.withFigures(operation.id, scope),
        ]);
        return {
          operation,
          indicators: funding.indicators,
          money: {
            current: money.inForce,
            costPer: money.view.costPer,
            cofinancingCheck: money.view.cofinancingCheck,
          },
        };
      }),
    );
    // Count and fingerprint cover every period alike (spec section 9): the snapshot's own is asked.
    const { provenance } = await this.indicators.indicators(query);
    return { operations: read, provenance };
  }
}
