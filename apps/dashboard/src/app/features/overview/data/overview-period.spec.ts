import { defaultYear, samePeriod, yearBefore } from './overview-period';

function point(year: number, users: number) {
  return { from: `${year}-01-01`, users };
}

describe('the default year of the overview', () => {
  it('is the latest complete year with users', () => {
    expect(defaultYear([point(2019, 5), point(2021, 3), point(2022, 0)], 2024)).toBe(2021);
  });

  it('leaves out the year in progress, even with users', () => {
    expect(defaultYear([point(2022, 5), point(2024, 900)], 2024)).toBe(2022);
  });

  it('leaves out years before the product held data', () => {
    expect(defaultYear([point(2015, 5)], 2024)).toBe(2023);
  });

  it('is the last complete year when no year has users', () => {
    expect(defaultYear([point(2020, 0)], 2024)).toBe(2023);
    expect(defaultYear([], 2024)).toBe(2023);
  });
});

describe('the year before a period', () => {
  it('shifts both days back one year', () => {
    expect(yearBefore({ from: '2020-03-01', to: '2021-06-30' })).toEqual({
      from: '2019-03-01',
      to: '2020-06-30',
    });
  });

  it('reads 29 February as 28 February, as the API does', () => {
    expect(yearBefore({ from: '2020-02-29', to: '2024-02-29' })).toEqual({
      from: '2019-02-28',
      to: '2023-02-28',
    });
  });

  it('compares periods by both days', () => {
    expect(
      samePeriod(
        { from: '2020-01-01', to: '2020-12-31' },
        yearBefore({ from: '2021-01-01', to: '2021-12-31' }),
      ),
    ).toBe(true);
    expect(
      samePeriod(
        { from: '2020-01-01', to: '2020-12-31' },
        { from: '2020-01-01', to: '2020-12-30' },
      ),
    ).toBe(false);
  });
});
