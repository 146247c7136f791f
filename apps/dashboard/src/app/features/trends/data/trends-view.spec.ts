import { convertToParamMap } from '@angular/router';
import { aMonthlySeries, aYearlySeries } from '../../../../testing/figures-fixtures';
import {
  peakMonth,
  readComparedFigure,
  readTrendsView,
  yearLines,
  yearOnYearPeriod,
  yearlyChanges,
} from './trends-view';

describe('trends views', () => {
  it('reads the view and the compared figure from the URL, with defaults for anything else', () => {
    expect(readTrendsView(convertToParamMap({ view: 'yoy' }))).toBe('yoy');
    expect(readTrendsView(convertToParamMap({ view: 'weekly' }))).toBe('month');
    expect(readComparedFigure(convertToParamMap({ figure: 'completions' }))).toBe('completions');
    expect(readComparedFigure(convertToParamMap({}))).toBe('users');
  });

  it.each([
    [
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2019-01-01', to: '2020-12-31' },
    ],
    [
      { from: '2020-03-15', to: '2021-02-01' },
      { from: '2019-01-01', to: '2021-12-31' },
    ],
    [
      { from: '2017-01-01', to: '2021-12-31' },
      { from: '2017-01-01', to: '2021-12-31' },
    ],
    [
      { from: '2015-01-01', to: '2015-12-31' },
      { from: '2015-01-01', to: '2015-12-31' },
    ],
  ])('compares %j over the whole years %j', (period, compared) => {
    expect(yearOnYearPeriod(period)).toEqual(compared);
  });

  it('draws one line per year, January to December', () => {
    const lines = yearLines(
      aMonthlySeries(2019, 2020, { '2019-01': { completions: 2 }, '2020-12': { completions: 9 } })
        .points,
      'completions',
    );

    expect(lines).toEqual([
      { year: 2019, months: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { year: 2020, months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9] },
    ]);
  });

  it('finds the busiest month and its change on the same month a year before', () => {
    const lines = [
      { year: 2019, months: [0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0] },
      { year: 2020, months: [0, 0, 5, 25, 0, 0, 0, 0, 0, 0, 0, 0] },
    ];

    expect(peakMonth(lines)).toEqual({ year: 2020, month: 3, value: 25, changeOnYearBefore: 1.5 });
    expect(peakMonth([{ year: 2019, months: new Array(12).fill(0) }])).toBeNull();
    expect(peakMonth([lines[1]])).toMatchObject({ changeOnYearBefore: null });
  });

  it('gives no change to a year a custom period clips, nor to the first year', () => {
    const changes = yearlyChanges(
      aYearlySeries(
        { from: '2019-06-01', to: '2021-12-31' },
        { 2019: { users: 10 }, 2020: { users: 20 }, 2021: { users: 10, enrolments: 3 } },
      ).points,
    );

    expect(changes).toEqual([null, null, { users: -0.5, enrolments: null, completions: null }]);
  });
});
