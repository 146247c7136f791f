import { PeriodError } from './period-error.js';
import {
  parseIsoDate,
  parsePeriod,
  periodContains,
  shiftBackOneYear,
  yearPeriod,
  yearsIn,
  seriesBuckets,
} from './period.js';

function periodError(run: () => unknown): Pick<PeriodError, 'code' | 'parameter'> | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PeriodError) return { code: error.code, parameter: error.parameter };
    throw error;
  }
  return undefined;
}

describe('parseIsoDate', () => {
  test('a calendar date', () => {
    expect(parseIsoDate('2021-03-01')).toEqual({ year: 2021, month: 3, day: 1 });
  });

  test('29 February of a leap year', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test('29 February of a non-leap year is refused', () => {
    expect(periodError(() => parseIsoDate('2023-02-29'))).toEqual({
      code: 'period.invalid-date',
      parameter: 'date',
    });
  });

  test('29 February 1900 is refused (century rule)', () => {
    expect(periodError(() => parseIsoDate('1900-02-29'))).toEqual({
      code: 'period.invalid-date',
      parameter: 'date',
    });
  });

  test('31 April is refused', () => {
    expect(periodError(() => parseIsoDate('2021-04-31'))).toEqual({
      code: 'period.invalid-date',
      parameter: 'date',
    });
  });

  test('month 13 is refused', () => {
    expect(periodError(() => parseIsoDate('2021-13-01'))).toEqual({
      code: 'period.invalid-date',
      parameter: 'date',
    });
  });

  test('a date without leading zeros is refused', () => {
    expect(periodError(() => parseIsoDate('2021-3-1'))).toEqual({
      code: 'period.malformed',
      parameter: 'date',
    });
  });

  test('a date-time is refused', () => {
    expect(periodError(() => parseIsoDate('2021-03-01T00:00:00Z'))).toEqual({
      code: 'period.malformed',
      parameter: 'date',
    });
  });

  test('the message shows the expected form and the value received', () => {
    expect(() => parseIsoDate('01/03/2021', 'from')).toThrow(
      '"from" must be a date written YYYY-MM-DD, such as 2021-01-31; got "01/03/2021".',
    );
  });
});

describe('parsePeriod', () => {
  test('a period of one day', () => {
    expect(parsePeriod('2021-01-01', '2021-01-01')).toEqual({
      from: '2021-01-01',
      to: '2021-01-01',
    });
  });

  test('from missing', () => {
    expect(periodError(() => parsePeriod(undefined, '2021-12-31'))).toEqual({
      code: 'period.missing',
      parameter: 'from',
    });
  });

  test('to empty', () => {
    expect(periodError(() => parsePeriod('2021-01-01', ''))).toEqual({
      code: 'period.missing',
      parameter: 'to',
    });
  });

  test('from malformed', () => {
    expect(periodError(() => parsePeriod('2021-1-1', '2021-12-31'))).toEqual({
      code: 'period.malformed',
      parameter: 'from',
    });
  });

  test('to not a calendar date', () => {
    expect(periodError(() => parsePeriod('2021-01-01', '2021-02-30'))).toEqual({
      code: 'period.invalid-date',
      parameter: 'to',
    });
  });

  test('to given twice in the query string', () => {
    expect(periodError(() => parsePeriod('2021-01-01', ['2021-12-31', '2022-12-31']))).toEqual({
      code: 'period.malformed',
      parameter: 'to',
    });
  });

  test('from after to', () => {
    expect(() => parsePeriod('2021-12-31', '2021-01-01')).toThrow(
      '"from" (2021-12-31) is after "to" (2021-01-01).',
    );
  });
});

describe('shiftBackOneYear', () => {
  test('a whole year', () => {
    expect(shiftBackOneYear({ from: '2021-01-01', to: '2021-12-31' })).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
    });
  });

  test('29 February maps to 28 February', () => {
    expect(shiftBackOneYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
  });

  test('a period starting on 29 February starts on 28 February', () => {
    expect(shiftBackOneYear({ from: '2024-02-29', to: '2024-03-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-03-31',
    });
  });
});

describe('yearPeriod', () => {
  test('1 January to 31 December', () => {
    expect(yearPeriod(2021)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  });

  test('a non-integer year is refused', () => {
    expect(() => yearPeriod(2021.5)).toThrow(RangeError);
  });
});

describe('yearsIn', () => {
  test('a period inside one year', () => {
    expect(yearsIn({ from: '2021-03-01', to: '2021-06-30' })).toEqual([2021]);
  });

  test('a period across two New Years', () => {
    expect(yearsIn({ from: '2020-12-15', to: '2022-01-10' })).toEqual([2020, 2021, 2022]);
  });
});

describe('periodContains', () => {
  test('both ends are inclusive', () => {
    const period = { from: '2021-01-01', to: '2021-12-31' };
    expect([periodContains(period, '2021-01-01'), periodContains(period, '2021-12-31')]).toEqual([
      true,
      true,
    ]);
  });

  test('the day after the end is outside', () => {
    expect(periodContains({ from: '2021-01-01', to: '2021-12-31' }, '2022-01-01')).toBe(false);
  });
});

describe('seriesBuckets', () => {
  it('clips the first and last year to the period', () => {
    expect(seriesBuckets({ from: '2020-12-15', to: '2022-01-10' }, 'year')).toEqual([
      { label: '2020', from: '2020-12-15', to: '2020-12-31' },
      { label: '2021', from: '2021-01-01', to: '2021-12-31' },
      { label: '2022', from: '2022-01-01', to: '2022-01-10' },
    ]);
  });

  it('gives every month across a year end, with leap-year February', () => {
    expect(seriesBuckets({ from: '2019-11-20', to: '2020-03-05' }, 'month')).toEqual([
      { label: '2019-11', from: '2019-11-20', to: '2019-11-30' },
      { label: '2019-12', from: '2019-12-01', to: '2019-12-31' },
      { label: '2020-01', from: '2020-01-01', to: '2020-01-31' },
      { label: '2020-02', from: '2020-02-01', to: '2020-02-29' },
      { label: '2020-03', from: '2020-03-01', to: '2020-03-05' },
    ]);
  });

  it('gives one point for a period inside one month', () => {
    expect(seriesBuckets({ from: '2021-06-03', to: '2021-06-03' }, 'month')).toEqual([
      { label: '2021-06', from: '2021-06-03', to: '2021-06-03' },
    ]);
  });
});
