import { overviewFigures } from '../../../../testing/overview-fixtures';
import { growthOf, kpisOf, nothingCounted, womenShare, womenShareBase } from './kpis';

const Y2021 = { from: '2021-01-01', to: '2021-12-31' };
const Y2020 = { from: '2020-01-01', to: '2020-12-31' };

describe('key figures', () => {
  it('takes the counts, ratios and their growth from the API, in the cards order', () => {
    const current = overviewFigures(
      Y2021,
      { users: 200, enrolments: 400, completions: 100, women: 120, unknownSex: 20 },
      {
        users: 0.25,
        enrolments: -0.2,
        completions: 0,
        completionRate: 0.1,
        coursesPerPerson: null,
      },
    );
    const previous = overviewFigures(Y2020, { users: 160, women: 80 });

    expect(kpisOf({ current, previous })).toEqual([
      { key: 'users', format: 'count', value: 200, growth: 0.25 },
      { key: 'enrolments', format: 'count', value: 400, growth: -0.2 },
      { key: 'completions', format: 'count', value: 100, growth: 0 },
      { key: 'completionRate', format: 'percentage', value: 0.25, growth: 0.1 },
      { key: 'coursesPerPerson', format: 'perPerson', value: 0.5, growth: null },
      // 120/200 = 0.6 against 80/160 = 0.5: a fifth more.
      { key: 'womenShare', format: 'percentage', value: 0.6, growth: expect.closeTo(0.2, 10) },
    ]);
  });

  it('takes the share of women over every user, those of unknown sex included', () => {
    const figures = overviewFigures(Y2021, { users: 10, women: 4, unknownSex: 5 });

    expect(womenShare(figures)).toBe(0.4);
    expect(womenShareBase(figures)).toEqual({ users: 10, unknown: 5 });
  });

  it('has no share of women, nor a change of it, without users', () => {
    const current = overviewFigures(Y2021, { users: 10, women: 5 });
    const noUsers = overviewFigures(Y2020);

    expect(womenShare(noUsers)).toBeNull();
    expect(kpisOf({ current, previous: noUsers })[5].growth).toBeNull();
    expect(kpisOf({ current: noUsers, previous: current })[5]).toMatchObject({
      value: null,
      growth: null,
    });
  });

  it('compares the share of women only with the period a year before', () => {
    const current = overviewFigures(Y2021, { users: 10, women: 5 });
    const other = overviewFigures(
      { from: '2019-01-01', to: '2019-12-31' },
      { users: 10, women: 4 },
    );

    expect(kpisOf({ current, previous: other })[5].growth).toBeNull();
  });

  it('works growth out as the API does, undefined over nothing', () => {
    expect(growthOf(3, 2)).toBe(0.5);
    expect(growthOf(1, 2)).toBe(-0.5);
    expect(growthOf(3, 0)).toBeNull();
    expect(growthOf(null, 2)).toBeNull();
    expect(growthOf(2, null)).toBeNull();
  });

  it('knows when nothing was counted', () => {
    expect(nothingCounted(overviewFigures(Y2021))).toBe(true);
    expect(nothingCounted(overviewFigures(Y2021, { enrolments: 1 }))).toBe(false);
  });
});
