import { Injectable } from '@nestjs/common';
import { localDate } from '@fita/metrics';
import { AppError, badRequest, conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import type { NewManualValue } from './dto/manual-value.dto.js';
import type { NewMoneyFigure } from './dto/money-figure.dto.js';
import {
  retentionProblems,
  type NewOperation,
  type OperationChanges,
} from './dto/operation.dto.js';
import type { OperationIndicatorTargets } from './dto/operation-indicator.dto.js';
import type { AggregationRule, IndicatorType } from './indicator-definition.entity.js';
import { IndicatorCatalogueService, type IndicatorNames } from './indicator-catalogue.service.js';
import type { IndicatorManualValueEntity, SexKey } from './indicator-manual-value.entity.js';
import {
  cofinancingCheck,
  currentFigures,
  type CofinancingCheck,
  type MoneyKind,
} from './money.js';
import type { OperationFigureEntity } from './operation-figure.entity.js';
import type { Fund, OperationEntity } from './operation.entity.js';
import { OperationsRepository, type LinkedIndicator } from './operations.repository.js';

export interface OperationSummaryView {
  id: string;
  code: string;
  name: string;
  programmeCci: string;
  programmeTitle: string;
  fund: Fund;
  priorityAxis: string;
  specificObjective: string;
  beneficiary: string;
  startDate: string;
  endDate: string;
  /** Last day its personal data must be kept (ADR 0013); null: not decided, erasures wait. */
  retentionUntil: string | null;
  /** The rule behind retentionUntil; set together with it. */
  legalBasis: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Amounts are decimal strings with 2 decimals; the rate is a percentage. */
export interface MoneyFigureView {
  id: string;
  kind: MoneyKind;
  amount: string;
  asOf: string;
  source: string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface ValueInYear {
  value: string;
  year: number;
}

export interface OperationIndicatorView {
  code: string;
  type: IndicatorType;
  names: IndicatorNames;
  unit: string;
  aggregationRule: AggregationRule;
  baseline: ValueInYear | null;
  milestone: ValueInYear | null;
  target: ValueInYear | null;
}

export interface OperationView extends OperationSummaryView {
  money: {
    currency: 'EUR';
    /** The latest-dated figure of each kind; null when none was recorded. */
    current: Record<MoneyKind, MoneyFigureView | null>;
    /** Every figure ever recorded, oldest first. */
    history: MoneyFigureView[];
    cofinancingCheck: CofinancingCheck | null;
  };
  indicators: OperationIndicatorView[];
}

export interface ManualValueView {
  id: string;
  indicatorCode: string;
  asOf: string;
  value: string;
  bySex: Record<SexKey, string> | null;
  source: string;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ERDF operations: their description, dated money figures and indicators (spec section 6). */
@Injectable()
export class OperationsService {
  constructor(
    private readonly operations: OperationsRepository,
    private readonly catalogue: IndicatorCatalogueService,
    @InjectConfig() private readonly config: Config,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async list(): Promise<OperationSummaryView[]> {
    return (await this.operations.list()).map(toSummaryView);
  }

  async get(id: string): Promise<OperationView> {
    return this.view(await this.find(id));
  }

  async create(input: NewOperation): Promise<OperationView> {
    const fields = {
      ...input,
      retentionUntil: input.retentionUntil ?? null,
      legalBasis: input.legalBasis ?? null,
    };
    refuseRetentionProblems(fields);
    const created = await this.operations.insert(fields);
    if (!created) throw codeTaken(input.code);
    return this.view(created);
  }

  async update(id: string, changes: OperationChanges): Promise<OperationView> {
    const current = await this.find(id);
    const startDate = changes.startDate ?? current.startDate;
    const endDate = changes.endDate ?? current.endDate;
    if (endDate < startDate) {
      const field = changes.endDate ? 'endDate' : 'startDate';
      throw badRequest(
        'request.invalid',
        `Invalid operation: the end date ${endDate} is before the start date ${startDate}.`,
        [{ field, message: `must keep endDate (${endDate}) on or after startDate (${startDate})` }],
      );
    }
    refuseRetentionProblems({
      endDate,
      retentionUntil:
        changes.retentionUntil === undefined ? current.retentionUntil : changes.retentionUntil,
      legalBasis: changes.legalBasis === undefined ? current.legalBasis : changes.legalBasis,
    });
    const updated = await this.operations.update(current.id, changes);
    if (updated === 'code_taken') throw codeTaken(changes.code ?? current.code);
    if (!updated) throw operationNotFound(id);
    return this.view(updated);
  }

  /** Records a dated figure; the answer is the operation with its new current values. */
  async addFigure(id: string, input: NewMoneyFigure, userId: string): Promise<OperationView> {
    const operation = await this.find(id);
    this.refuseFutureDate(input.asOf);
    await this.operations.addFigure({ operationId: operation.id, ...input, recordedBy: userId });
    return this.view(operation);
  }

  /** Links an indicator to the operation, or replaces its baseline, milestone and target. */
  async saveIndicator(
    id: string,
    code: string,
    targets: OperationIndicatorTargets,
  ): Promise<OperationIndicatorView> {
    const operation = await this.find(id);
    const definition = await this.catalogue.find(code);
    const link = await this.operations.saveIndicatorLink({
      operationId: operation.id,
      indicatorCode: definition.code,
      baselineValue: targets.baseline?.value ?? null,
      baselineYear: targets.baseline?.year ?? null,
      milestoneValue: targets.milestone?.value ?? null,
      milestoneYear: targets.milestone?.year ?? null,
      targetValue: targets.target?.value ?? null,
      targetYear: targets.target?.year ?? null,
    });
    return toIndicatorView({ link, definition });
  }

  async manualValues(id: string, code: string): Promise<ManualValueView[]> {
    const operation = await this.find(id);
    const definition = await this.catalogue.find(code);
    const values = await this.operations.manualValuesOf(operation.id, definition.code);
    return values.map(toManualValueView);
  }

  /**
   * Records a value of a `manual` indicator the operation reports. The others
   * are computed from statements: a typed-in figure beside them would be a
   * second truth.
   */
  async addManualValue(
    id: string,
    code: string,
    input: NewManualValue,
    userId: string,
  ): Promise<ManualValueView> {
    const operation = await this.find(id);
    const definition = await this.catalogue.find(code);
    if (definition.aggregationRule !== 'manual')
      throw unprocessable(
        'operations.indicator_not_manual',
        `${definition.code} is computed from statements (${definition.aggregationRule}); ` +
          'values can be entered only for indicators whose rule is manual.',
      );
    if (!(await this.operations.findIndicatorLink(operation.id, definition.code)))
      throw unprocessable(
        'operations.indicator_not_linked',
        `Operation ${operation.code} does not report ${definition.code}; ` +
          `link it first (PUT /api/operations/${operation.id}/indicators/${definition.code}).`,
      );
    this.refuseFutureDate(input.asOf);
    const saved = await this.operations.addManualValue({
      operationId: operation.id,
      indicatorCode: definition.code,
      asOf: input.asOf,
      value: input.value,
      valueWoman: input.bySex?.woman ?? null,
      valueMan: input.bySex?.man ?? null,
      valueNonBinary: input.bySex?.non_binary ?? null,
      valueUnknown: input.bySex?.unknown ?? null,
      source: input.source,
      note: input.note,
      recordedBy: userId,
    });
    return toManualValueView(saved);
  }

  /** The operation, or a 404 naming the id. */
  async find(id: string): Promise<OperationEntity> {
    const operation = UUID.test(id) ? await this.operations.findById(id) : null;
    if (!operation) throw operationNotFound(id);
    return operation;
  }

  private async view(operation: OperationEntity): Promise<OperationView> {
    const [figures, indicators] = await Promise.all([
      this.operations.figuresOf(operation.id),
      this.operations.indicatorsOf(operation.id),
    ]);
    const current = currentFigures(figures);
    return {
      ...toSummaryView(operation),
      money: {
        currency: 'EUR',
        current: Object.fromEntries(
          Object.entries(current).map(([kind, figure]) => [
            kind,
            figure ? toFigureView(figure) : null,
          ]),
        ) as Record<MoneyKind, MoneyFigureView | null>,
        history: figures.map(toFigureView),
        cofinancingCheck: cofinancingCheck(current),
      },
      indicators: indicators.map(toIndicatorView),
    };
  }

  /** A figure or value is what was true on a date that has passed (in the reporting time zone). */
  private refuseFutureDate(asOf: string): void {
    const today = localDate(this.clock.now(), this.config.timeZone);
    if (asOf > today)
      throw badRequest('request.invalid', `Invalid request: asOf ${asOf} is in the future.`, [
        { field: 'asOf', message: `must not be after today (${today})` },
      ]);
  }
}

const operationNotFound = (id: string) =>
  notFound('operations.not_found', `No operation with id "${id}".`);

const codeTaken = (code: string) =>
  conflict('operations.code_taken', `An operation with code "${code}" already exists.`);

const unprocessable = (code: string, message: string) => new AppError(code, message, 422);

function refuseRetentionProblems(fields: Parameters<typeof retentionProblems>[0]): void {
  const problems = retentionProblems(fields);
  if (problems.length === 0) return;
  const summary = problems.map((p) => `${p.field} ${p.message}`).join('; ');
  throw badRequest('request.invalid', `Invalid operation: ${summary}`, problems);
}

function toSummaryView(operation: OperationEntity): OperationSummaryView {
  return {
    id: operation.id,
    code: operation.code,
    name: operation.name,
    programmeCci: operation.programmeCci,
    programmeTitle: operation.programmeTitle,
    fund: operation.fund,
    priorityAxis: operation.priorityAxis,
    specificObjective: operation.specificObjective,
    beneficiary: operation.beneficiary,
    startDate: operation.startDate,
    endDate: operation.endDate,
    retentionUntil: operation.retentionUntil,
    legalBasis: operation.legalBasis,
    createdAt: operation.createdAt.toISOString(),
    updatedAt: operation.updatedAt.toISOString(),
  };
}

function toFigureView(figure: OperationFigureEntity): MoneyFigureView {
  return {
    id: figure.id,
    kind: figure.kind,
    amount: figure.amount,
    asOf: figure.asOf,
    source: figure.source,
    note: figure.note,
    recordedAt: figure.recordedAt.toISOString(),
    recordedBy: figure.recordedBy,
  };
}

export function toIndicatorView({ link, definition }: LinkedIndicator): OperationIndicatorView {
  return {
    code: definition.code,
    type: definition.type,
    names: { ca: definition.nameCa, es: definition.nameEs, en: definition.nameEn },
    unit: definition.unit,
    aggregationRule: definition.aggregationRule,
    baseline: valueInYear(link.baselineValue, link.baselineYear),
    milestone: valueInYear(link.milestoneValue, link.milestoneYear),
    target: valueInYear(link.targetValue, link.targetYear),
  };
}

function valueInYear(value: string | null, year: number | null): ValueInYear | null {
  return value === null || year === null ? null : { value, year };
}

function toManualValueView(value: IndicatorManualValueEntity): ManualValueView {
  const { valueWoman, valueMan, valueNonBinary, valueUnknown } = value;
  return {
    id: value.id,
    indicatorCode: value.indicatorCode,
    asOf: value.asOf,
    value: value.value,
    bySex:
      valueWoman !== null && valueMan !== null && valueNonBinary !== null && valueUnknown !== null
        ? { woman: valueWoman, man: valueMan, non_binary: valueNonBinary, unknown: valueUnknown }
        : null,
    source: value.source,
    note: value.note,
    recordedAt: value.recordedAt.toISOString(),
    recordedBy: value.recordedBy,
  };
}
