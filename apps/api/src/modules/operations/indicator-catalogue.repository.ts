import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IndicatorDefinitionEntity } from './indicator-definition.entity.js';
import { IndicatorManualValueEntity } from './indicator-manual-value.entity.js';
import { isUniqueViolation } from './unique-violation.js';

export type IndicatorDefinitionFields = Omit<IndicatorDefinitionEntity, 'createdAt' | 'updatedAt'>;

@Injectable()
export class IndicatorCatalogueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<IndicatorDefinitionEntity[]> {
    return this.dataSource
      .getRepository(IndicatorDefinitionEntity)
      .find({ order: { code: 'ASC' } });
  }

  findByCode(code: string): Promise<IndicatorDefinitionEntity | null> {
    return this.dataSource.getRepository(IndicatorDefinitionEntity).findOneBy({ code });
  }

  /** Inserts a definition; null when the code is taken. */
  async insert(fields: IndicatorDefinitionFields): Promise<IndicatorDefinitionEntity | null> {
    const repository = this.dataSource.getRepository(IndicatorDefinitionEntity);
    try {
      await repository.insert(fields);
    } catch (error) {
      if (isUniqueViolation(error, 'pk_indicator_definitions')) return null;
      throw error;
    }
    return repository.findOneByOrFail({ code: fields.code });
  }

  async update(
    code: string,
    changes: Partial<Omit<IndicatorDefinitionFields, 'code'>>,
  ): Promise<IndicatorDefinitionEntity | null> {
    const repository = this.dataSource.getRepository(IndicatorDefinitionEntity);
    const result = await repository.update({ code }, changes);
    return result.affected ? repository.findOneBy({ code }) : null;
  }

  /** How many values were entered by hand for the indicator, across operations. */
  countManualValues(code: string): Promise<number> {
    return this.dataSource
      .getRepository(IndicatorManualValueEntity)
      .countBy({ indicatorCode: code });
  }
}
