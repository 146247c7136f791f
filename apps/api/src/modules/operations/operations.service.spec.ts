import { jest } from '@jest/globals';
import type { AppError } from '../../common/app-error.js';
import type { Config } from '../../config/config.js';
import type { IndicatorCatalogueService } from './indicator-catalogue.service.js';
import type { IndicatorDefinitionEntity } from './indicator-definition.entity.js';
import type { OperationEntity } from './operation.entity.js';
import type { OperationsRepository } from './operations.repository.js';
import { OperationsService } from './operations.service.js';

const OPERATION = {
  id: '0b9f2c47-5d0e-4a57-9a53-4f4f7d0f1e11',
  code: 'BCN-CIBERNARIUM-2017',
  startDate: '2017-01-01',
  endDate: '2020-12-31',
  createdAt: new Date('2024-01-01T00:00:00Z'),
  updatedAt: new Date('2024-01-01T00:00:00Z'),
} as OperationEntity;

const definition = (code: string, aggregationRule: string) =>
  ({ code, aggregationRule }) as IndicatorDefinitionEntity;

function serviceWith(repository: Partial<OperationsRepository>, rule = 'manual') {
  const catalogue = {
    find: jest.fn((code: string) => Promise.resolve(definition(code, rule))),
  } as unknown as IndicatorCatalogueService;
  const operations = {
    findById: jest.fn((id: string) => Promise.resolve(id === OPERATION.id ? OPERATION : null)),
    figuresOf: jest.fn(() => Promise.resolve([])),
    indicatorsOf: jest.fn(() => Promise.resolve([])),
    ...repository,
  } as unknown as OperationsRepository;
  // 23:30 UTC on 31 December 2023 is already 1 January 2024 in Madrid.
  const clock = { now: () => new Date('2023-12-31T23:30:00Z') };
  const config = { timeZone: 'Europe/Madrid' } as Config;
  return { service: new OperationsService(operations, catalogue, config, clock), operations };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

const manualValue = {
  asOf: '2023-12-31',
  value: '3.00',
  bySex: null,
  source: 'Register',
  note: null,
};

describe('OperationsService', () => {
  test('an id that is not a uuid is an unknown operation, without asking the database', async () => {
    const { service, operations } = serviceWith({});
    const error = await failure(service.get('not-a-uuid'));
    expect([error.status, error.code]).toEqual([404, 'operations.not_found']);
    expect(operations.findById).not.toHaveBeenCalled();
  });

  test('a code that is taken is a conflict', async () => {
    const { service } = serviceWith({ insert: jest.fn(() => Promise.resolve(null)) });
    const error = await failure(service.create({ ...OPERATION, fund: 'ERDF' } as never));
    expect([error.status, error.code]).toEqual([409, 'operations.code_taken']);
  });

  test('a change of one date is checked against the stored other one', async () => {
    const update = jest.fn<OperationsRepository['update']>();
    const { service } = serviceWith({ update });
    const error = await failure(service.update(OPERATION.id, { startDate: '2021-01-01' }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual([{ field: 'startDate', message: expect.any(String) }]);
    expect(update).not.toHaveBeenCalled();
  });

  test('refuses a figure dated after today in the reporting time zone, accepts today', async () => {
    const addFigure = jest.fn(() => Promise.resolve({}));
    const { service } = serviceWith({ addFigure } as never);
    const figure = { kind: 'total_cost' as const, amount: '1.00', source: null, note: null };
    const error = await failure(
      service.addFigure(OPERATION.id, { ...figure, asOf: '2024-01-02' }, 'user'),
    );
    expect(error.details).toEqual([
      { field: 'asOf', message: 'must not be after today (2024-01-01)' },
    ]);
    await service.addFigure(OPERATION.id, { ...figure, asOf: '2024-01-01' }, 'user');
    expect(addFigure).toHaveBeenCalledTimes(1);
  });

  test('refuses values for an indicator computed from statements (422)', async () => {
    const addManualValue = jest.fn<OperationsRepository['addManualValue']>();
    const { service } = serviceWith({ addManualValue }, 'cumulative_distinct');
    const error = await failure(service.addManualValue(OPERATION.id, 'E024', manualValue, 'user'));
    expect([error.status, error.code]).toEqual([422, 'operations.indicator_not_manual']);
    expect(addManualValue).not.toHaveBeenCalled();
  });

  test('refuses values for a manual indicator the operation does not report (422)', async () => {
    const { service } = serviceWith({ findIndicatorLink: jest.fn(() => Promise.resolve(null)) });
    const error = await failure(service.addManualValue(OPERATION.id, 'RCO14', manualValue, 'user'));
    expect([error.status, error.code]).toEqual([422, 'operations.indicator_not_linked']);
  });
});
