import { periodLabel, pointLabel } from './period-label';

describe('series labels', () => {
  const month = new Intl.DateTimeFormat(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const days = new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

  it('reads a month and a year', () => {
    expect(periodLabel('2020-03')).toBe(month.format(Date.UTC(2020, 2, 1)));
    expect(periodLabel('2020')).toBe('2020');
  });

  it('names whole buckets by their month or year', () => {
    expect(pointLabel({ period: '2020-02', from: '2020-02-01', to: '2020-02-29' })).toBe(
      month.format(Date.UTC(2020, 1, 1)),
    );
    expect(pointLabel({ period: '2021', from: '2021-01-01', to: '2021-12-31' })).toBe('2021');
  });

  it('names a bucket the period clips by the days it covers', () => {
    expect(pointLabel({ period: '2020-03', from: '2020-03-15', to: '2020-03-31' })).toBe(
      days.formatRange(Date.UTC(2020, 2, 15), Date.UTC(2020, 2, 31)),
    );
    expect(pointLabel({ period: '2020', from: '2020-03-15', to: '2020-12-31' })).toBe(
      days.formatRange(Date.UTC(2020, 2, 15), Date.UTC(2020, 11, 31)),
    );
  });
});
