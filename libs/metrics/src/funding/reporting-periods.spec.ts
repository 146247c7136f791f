import { describe, expect, it } from '@jest/globals';
import { PeriodError } from '../period-error.js';
import { annualPeriods, cumulativePeriods, reportingYears } from './reporting-periods.js';

describe('reportingYears (spec section 6)', () => {
  it('every calendar year the operation touches, even by one day', () => {
    expect(reportingYears({ from: '2019-12-31', to: '2021-01-01' })).toEqual([2019, 2020, 2021]);
  });

  it('one year for an operation within a year', () => {
    expect(reportingYears({ from: '2020-03-01', to: '2020-09-30' })).toEqual([2020]);
  });

  it('refuses an operation that ends before it starts', () => {
    expect(() => reportingYears({ from: '2021-01-01', to: '2020-12-31' })).toThrow(
      'An operation cannot end (2020-12-31) before it starts (2021-01-01).',
    );
  });

  it('refuses a date that is not in the calendar, naming it', () => {
    expect(() => reportingYears({ from: '2019-02-29', to: '2020-12-31' })).toThrow(PeriodError);
  });
});

describe('cumulativePeriods: from the start to each year end', () => {
  it('whole years', () => {
    expect(cumulativePeriods({ from: '2019-01-01', to: '2021-12-31' })).toEqual([
      { year: 2019, from: '2019-01-01', to: '2019-12-31' },
      { year: 2020, from: '2019-01-01', to: '2020-12-31' },
      { year: 2021, from: '2019-01-01', to: '2021-12-31' },
    ]);
  });

  it('starts mid-year on the start date and ends with the operation', () => {
    expect(cumulativePeriods({ from: '2019-07-01', to: '2021-03-31' })).toEqual([
      { year: 2019, from: '2019-07-01', to: '2019-12-31' },
      { year: 2020, from: '2019-07-01', to: '2020-12-31' },
      { year: 2021, from: '2019-07-01', to: '2021-03-31' },
    ]);
  });

  it('an operation of one day is one period of one day', () => {
    expect(cumulativePeriods({ from: '2020-02-29', to: '2020-02-29' })).toEqual([
      { year: 2020, from: '2020-02-29', to: '2020-02-29' },
    ]);
  });
});

describe('annualPeriods: each calendar year clipped to the operation', () => {
  it('whole years', () => {
    expect(annualPeriods({ from: '2019-01-01', to: '2021-12-31' })).toEqual([
      { year: 2019, from: '2019-01-01', to: '2019-12-31' },
      { year: 2020, from: '2020-01-01', to: '2020-12-31' },
      { year: 2021, from: '2021-01-01', to: '2021-12-31' },
    ]);
  });

  it('clips the first year to the start and the last to the end', () => {
    expect(annualPeriods({ from: '2019-07-01', to: '2021-03-31' })).toEqual([
      { year: 2019, from: '2019-07-01', to: '2019-12-31' },
      { year: 2020, from: '2020-01-01', to: '2020-12-31' },
      { year: 2021, from: '2021-01-01', to: '2021-03-31' },
    ]);
  });

  it('within one year, the operation itself', () => {
    expect(annualPeriods({ from: '2020-03-01', to: '2020-09-30' })).toEqual([
      { year: 2020, from: '2020-03-01', to: '2020-09-30' },
    ]);
  });

  it('the first annual period is the first cumulative one; later ones start on 1 January', () => {
    const operation = { from: '2018-05-15', to: '2020-06-30' };
    const annual = annualPeriods(operation);
    const cumulative = cumulativePeriods(operation);
    expect(annual[0]).toEqual(cumulative[0]);
    expect(annual.slice(1).map(({ from }) => from)).toEqual(['2019-01-01', '2020-01-01']);
    expect(annual.map(({ to }) => to)).toEqual(cumulative.map(({ to }) => to));
  });
});
