import { Injectable } from '@nestjs/common';
import { conflict, notFound } from '../../common/app-error.js';
import type {
  IndicatorDefinitionChanges,
  NewIndicatorDefinition,
} from './dto/indicator-definition.dto.js';
import type {
  AggregationRule,
  IndicatorDefinitionEntity,
  IndicatorType,
} from './indicator-definition.entity.js';
import { IndicatorCatalogueRepository } from './indicator-catalogue.repository.js';

export interface IndicatorNames {
  ca: string;
  es: string;
  en: string;
}

export interface IndicatorDefinitionView {
  code: string;
  type: IndicatorType;
  names: IndicatorNames;
  unit: string;
  aggregationRule: AggregationRule;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The indicator catalogue (spec section 6): read by every reporting role, kept by admins. */
@Injectable()
export class IndicatorCatalogueService {
  constructor(private readonly catalogue: IndicatorCatalogueRepository) {}

  async list(): Promise<IndicatorDefinitionView[]> {
    return (await this.catalogue.list()).map(toDefinitionView);
  }

  async get(code: string): Promise<IndicatorDefinitionView> {
    return toDefinitionView(await this.find(code));
  }

  /** The definition, or a 404 naming the code; codes are matched in capitals. */
  async find(code: string): Promise<IndicatorDefinitionEntity> {
    const definition = await this.catalogue.findByCode(code.toUpperCase());
    if (!definition)
      throw notFound(
        'indicator_catalogue.not_found',
        `No indicator with code "${code}" in the catalogue.`,
      );
    return definition;
  }

  async create(input: NewIndicatorDefinition): Promise<IndicatorDefinitionView> {
    const created = await this.catalogue.insert({
      code: input.code,
      type: input.type,
      nameCa: input.names.ca,
      nameEs: input.names.es,
      nameEn: input.names.en,
      unit: input.unit,
      aggregationRule: input.aggregationRule,
      notes: input.notes,
    });
    if (!created)
      throw conflict(
        'indicator_catalogue.code_taken',
        `The catalogue already has an indicator with code "${input.code}".`,
      );
    return toDefinitionView(created);
  }

  async update(
    code: string,
    changes: IndicatorDefinitionChanges,
  ): Promise<IndicatorDefinitionView> {
    const current = await this.find(code);
    if (
      changes.aggregationRule &&
      changes.aggregationRule !== 'manual' &&
      current.aggregationRule === 'manual'
    ) {
      // Entered values would otherwise sit beside figures computed from statements.
      const entered = await this.catalogue.countManualValues(current.code);
      if (entered > 0)
        throw conflict(
          'indicator_catalogue.manual_values_exist',
          `${current.code} has ${entered} value(s) entered by hand; its rule cannot stop being manual.`,
        );
    }
    const updated = await this.catalogue.update(current.code, {
      type: changes.type,
      nameCa: changes.names?.ca,
      nameEs: changes.names?.es,
      nameEn: changes.names?.en,
      unit: changes.unit,
      aggregationRule: changes.aggregationRule,
      // null clears the notes; absent leaves them.
      notes: 'notes' in changes ? changes.notes : undefined,
    });
    if (!updated)
      throw notFound('indicator_catalogue.not_found', `No indicator with code "${code}".`);
    return toDefinitionView(updated);
  }
}

export function toDefinitionView(definition: IndicatorDefinitionEntity): IndicatorDefinitionView {
  return {
    code: definition.code,
    type: definition.type,
    names: { ca: definition.nameCa, es: definition.nameEs, en: definition.nameEn },
    unit: definition.unit,
    aggregationRule: definition.aggregationRule,
    notes: definition.notes,
    createdAt: definition.createdAt.toISOString(),
    updatedAt: definition.updatedAt.toISOString(),
  };
}
