import { z } from 'zod';
import { decimal } from './fields.schema.js';
import { newManualValueSchema } from './manual-value.dto.js';
import { newMoneyFigureSchema } from './money-figure.dto.js';
import { newOperationSchema, operationChangesSchema } from './operation.dto.js';

const fieldsOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));

describe('decimal', () => {
  const amount = decimal();

  test('takes a string or an exact JSON number and gives the canonical two-decimal string', () => {
    expect(amount.parse('1573550')).toBe('1573550.00');
    expect(amount.parse(' 1439741.5 ')).toBe('1439741.50');
    expect(amount.parse(705027)).toBe('705027.00');
    expect(amount.parse(0.1)).toBe('0.10');
  });

  test('refuses negatives, a third decimal, exponents, floats that are not two-decimal values', () => {
    for (const bad of ['-1', '1.005', '1e6', '', '1,5', 0.1 + 0.2, 1e21, true, null]) {
      expect(amount.safeParse(bad).success).toBe(false);
    }
  });
});

describe('newMoneyFigureSchema', () => {
  test('a rate is a percentage of at most 100', () => {
    const rate = (amount: string) =>
      newMoneyFigureSchema.safeParse({ kind: 'cofinancing_rate', amount, asOf: '2017-06-30' });
    expect(rate('48.97').success).toBe(true);
    expect(fieldsOf(rate('100.01'))).toEqual(['amount']);
  });

  test('names every bad field at once', () => {
    const result = newMoneyFigureSchema.safeParse({
      kind: 'cost',
      amount: 'x',
      asOf: '2017-02-30',
    });
    expect(fieldsOf(result).sort()).toEqual(['amount', 'asOf', 'kind']);
  });
});

describe('newOperationSchema', () => {
  const valid = {
    code: 'BCN-CIBERNARIUM-2017',
    name: 'Cibernàrium',
    programmeCci: '2014es16rfop011',
    programmeTitle: 'Programa Operativo FEDER de Catalunya 2014-2020',
    fund: 'ERDF',
    priorityAxis: '2',
    specificObjective: 'OE 2.3.1',
    beneficiary: 'Barcelona Activa SAU SPM',
    startDate: '2017-01-01',
    endDate: '2020-12-31',
  };

  test('accepts an operation and writes the CCI in capitals', () => {
    expect(newOperationSchema.parse(valid).programmeCci).toBe('2014ES16RFOP011');
  });

  test('reports an end before the start along with the other problems', () => {
    const result = newOperationSchema.safeParse({ ...valid, name: ' ', endDate: '2016-12-31' });
    expect(fieldsOf(result).sort()).toEqual(['endDate', 'name']);
  });

  test('a change must change something and knows only the operation fields', () => {
    expect(operationChangesSchema.safeParse({}).success).toBe(false);
    expect(operationChangesSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(operationChangesSchema.parse({ endDate: '2022-12-31' })).toEqual({
      endDate: '2022-12-31',
    });
  });
});

describe('newManualValueSchema', () => {
  const value = { asOf: '2023-12-31', value: '12', source: 'Register 2023' };

  test('the breakdown by sex is optional, and when given adds up to the value', () => {
    expect(newManualValueSchema.parse(value)).toMatchObject({ value: '12.00', bySex: null });
    const split = (unknown: string) =>
      newManualValueSchema.safeParse({
        ...value,
        bySex: { woman: '5', man: '4', non_binary: '0', unknown },
      });
    expect(split('3').success).toBe(true);
    expect(fieldsOf(split('2'))).toEqual(['bySex']);
  });

  test('a source is required', () => {
    expect(fieldsOf(newManualValueSchema.safeParse({ ...value, source: '' }))).toEqual(['source']);
  });
});
