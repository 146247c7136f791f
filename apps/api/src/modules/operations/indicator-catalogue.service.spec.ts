import { jest } from '@jest/globals';
import type { AppError } from '../../common/app-error.js';
import type { IndicatorCatalogueRepository } from './indicator-catalogue.repository.js';
import { IndicatorCatalogueService } from './indicator-catalogue.service.js';
import type { IndicatorDefinitionEntity } from './indicator-definition.entity.js';

const RCO14 = {
  code: 'RCO14',
  aggregationRule: 'manual',
  createdAt: new Date('2024-01-01T00:00:00Z'),
  updatedAt: new Date('2024-01-01T00:00:00Z'),
} as IndicatorDefinitionEntity;

function serviceWith(manualValues: number) {
  const repository = {
    findByCode: jest.fn((code: string) => Promise.resolve(code === 'RCO14' ? RCO14 : null)),
    countManualValues: jest.fn(() => Promise.resolve(manualValues)),
    update: jest.fn(() => Promise.resolve(RCO14)),
  };
  const service = new IndicatorCatalogueService(
    repository as unknown as IndicatorCatalogueRepository,
  );
  return { service, repository };
}

describe('IndicatorCatalogueService', () => {
  test('finds codes in capitals', async () => {
    const { service } = serviceWith(0);
    expect((await service.get('rco14')).code).toBe('RCO14');
  });

  test('a manual indicator with entered values keeps its rule (409)', async () => {
    const { service, repository } = serviceWith(2);
    const error = (await service
      .update('RCO14', { aggregationRule: 'annual_distinct' })
      .catch((caught: unknown) => caught)) as AppError;
    expect([error.status, error.code]).toEqual([409, 'indicator_catalogue.manual_values_exist']);
    expect(repository.update).not.toHaveBeenCalled();
  });

  test('without entered values the rule may change', async () => {
    const { service, repository } = serviceWith(0);
    await service.update('RCO14', { aggregationRule: 'annual_distinct' });
    expect(repository.update).toHaveBeenCalledWith(
      'RCO14',
      expect.objectContaining({ aggregationRule: 'annual_distinct' }),
    );
  });
});
