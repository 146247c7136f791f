import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { IndicatorDefinitionEntity } from './indicator-definition.entity.js';
import { IndicatorManualValueEntity } from './indicator-manual-value.entity.js';
import type { MoneyKind } from './money.js';
import { OperationFigureEntity } from './operation-figure.entity.js';
import { OperationIndicatorEntity } from './operation-indicator.entity.js';
import { OperationEntity } from './operation.entity.js';
import { isUniqueViolation } from './unique-violation.js';

export type OperationFields = Omit<OperationEntity, 'id' | 'createdAt' | 'updatedAt'>;

export interface NewFigure {
  operationId: string;
  kind: MoneyKind;
  amount: string;
  asOf: string;
  source: string | null;
  note: string | null;
  recordedBy: string;
}

export type IndicatorLink = Omit<OperationIndicatorEntity, 'createdAt' | 'updatedAt'>;

export interface LinkedIndicator {
  link: OperationIndicatorEntity;
  definition: IndicatorDefinitionEntity;
}

export type NewManualValue = Omit<IndicatorManualValueEntity, 'id' | 'recordedAt'>;

@Injectable()
export class OperationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<OperationEntity[]> {
    return this.dataSource.getRepository(OperationEntity).find({ order: { code: 'ASC' } });
  }

  findById(id: string): Promise<OperationEntity | null> {
    return this.dataSource.getRepository(OperationEntity).findOneBy({ id });
  }

  /** Inserts an operation; null when its code is taken. */
  async insert(fields: OperationFields): Promise<OperationEntity | null> {
    const repository = this.dataSource.getRepository(OperationEntity);
    const id = randomUUID();
    try {
      await repository.insert({ id, ...fields });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_operations_code')) return null;
      throw error;
    }
    return repository.findOneByOrFail({ id });
  }

  /** Changes the given fields; 'code_taken' when the new code belongs to another operation. */
  async update(
    id: string,
    changes: Partial<OperationFields>,
  ): Promise<OperationEntity | null | 'code_taken'> {
    const repository = this.dataSource.getRepository(OperationEntity);
    try {
      const result = await repository.update({ id }, changes);
      if (!result.affected) return null;
    } catch (error) {
      if (isUniqueViolation(error, 'ux_operations_code')) return 'code_taken';
      throw error;
    }
    return repository.findOneBy({ id });
  }

  /**
   * Every figure of the operation, oldest first (by date, then by arrival);
   * with `recordedBy`, only those recorded by then: figures are only ever
   * added, so these are the ones known at that instant.
   */
  figuresOf(operationId: string, recordedBy?: Date): Promise<OperationFigureEntity[]> {
    return this.dataSource.getRepository(OperationFigureEntity).find({
      where: { operationId, ...recordedByFilter(recordedBy) },
      order: { asOf: 'ASC', id: 'ASC' },
    });
  }

  addFigure(figure: NewFigure): Promise<OperationFigureEntity> {
    const repository = this.dataSource.getRepository(OperationFigureEntity);
    return repository.save(repository.create(figure));
  }

  /** The indicators the operation reports, by code, each with its catalogue entry. */
  async indicatorsOf(operationId: string): Promise<LinkedIndicator[]> {
    const links = await this.dataSource
      .getRepository(OperationIndicatorEntity)
      .find({ where: { operationId }, order: { indicatorCode: 'ASC' } });
    if (links.length === 0) return [];
    const definitions = await this.dataSource
      .getRepository(IndicatorDefinitionEntity)
      .findBy({ code: In(links.map((link) => link.indicatorCode)) });
    const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
    // The foreign key guarantees every link has its definition.
    return links.map((link) => ({ link, definition: byCode.get(link.indicatorCode)! }));
  }

  findIndicatorLink(
    operationId: string,
    indicatorCode: string,
  ): Promise<OperationIndicatorEntity | null> {
    return this.dataSource
      .getRepository(OperationIndicatorEntity)
      .findOneBy({ operationId, indicatorCode });
  }

  /** Creates the link or replaces its baseline, milestone and target. */
  async saveIndicatorLink(link: IndicatorLink): Promise<OperationIndicatorEntity> {
    await this.dataSource.query(
      `INSERT INTO operation_indicators (operation_id, indicator_code, baseline_value, baseline_year,
         milestone_value, milestone_year, target_value, target_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT pk_operation_indicators DO UPDATE SET
         baseline_value = EXCLUDED.baseline_value, baseline_year = EXCLUDED.baseline_year,
         milestone_value = EXCLUDED.milestone_value, milestone_year = EXCLUDED.milestone_year,
         target_value = EXCLUDED.target_value, target_year = EXCLUDED.target_year,
         updated_at = now()`,
      [
        link.operationId,
        link.indicatorCode,
        link.baselineValue,
        link.baselineYear,
        link.milestoneValue,
        link.milestoneYear,
        link.targetValue,
        link.targetYear,
      ],
    );
    return this.dataSource
      .getRepository(OperationIndicatorEntity)
      .findOneByOrFail({ operationId: link.operationId, indicatorCode: link.indicatorCode });
  }

  /**
   * The values entered for one indicator of the operation, oldest first; with
   * `recordedBy`, only those entered by then (values too are only added).
   */
  manualValuesOf(
    operationId: string,
    indicatorCode: string,
    recordedBy?: Date,
  ): Promise<IndicatorManualValueEntity[]> {
    return this.dataSource.getRepository(IndicatorManualValueEntity).find({
      where: { operationId, indicatorCode, ...recordedByFilter(recordedBy) },
      order: { asOf: 'ASC', id: 'ASC' },
    });
  }

  addManualValue(value: NewManualValue): Promise<IndicatorManualValueEntity> {
    const repository = this.dataSource.getRepository(IndicatorManualValueEntity);
    return repository.save(repository.create(value));
  }
}

function recordedByFilter(recordedBy: Date | undefined) {
  return recordedBy === undefined ? {} : { recordedAt: LessThanOrEqual(recordedBy) };
}
