import {
  cofinancingCheck,
  costPer,
  currentFigures,
  formatCents,
  toCents,
  type DatedFigure,
  type MoneyKind,
} from './money.js';

let nextId = 0;
const figure = (kind: MoneyKind, amount: string, asOf: string): DatedFigure => ({
  id: String(++nextId),
  kind,
  amount,
  asOf,
});

describe('toCents and formatCents', () => {
  test('read and write decimals with two places exactly', () => {
    expect(toCents('1573550')).toBe(157355000n);
    expect(toCents('1439741.5')).toBe(143974150n);
    expect(toCents('0.07')).toBe(7n);
    expect(formatCents(70502700n)).toBe('705027.00');
    expect(formatCents(-1450n)).toBe('-14.50');
  });

  test('refuse what is not such a decimal', () => {
    expect(() => toCents('1.005')).toThrow(RangeError);
    expect(() => toCents('-1')).toThrow(RangeError);
    expect(() => toCents('1e6')).toThrow(RangeError);
  });
});

describe('currentFigures', () => {
  test('the latest-dated figure of each kind is current, whatever the order of entry', () => {
    const later = figure('total_cost', '1600000.00', '2019-12-31');
    const earlier = figure('total_cost', '1573550.00', '2017-06-30');
    const current = currentFigures([later, earlier]);
    expect(current.total_cost).toBe(later);
    expect(current.eligible_cost).toBeNull();
  });

  test('of two figures with the same date, the one recorded last is current (a correction)', () => {
    const first = figure('eligible_cost', '1439714.00', '2017-06-30');
    const correction = figure('eligible_cost', '1439741.00', '2017-06-30');
    expect(currentFigures([correction, first]).eligible_cost).toBe(correction);
  });

  test('ids compare as numbers, not as text', () => {
    const ninth = { ...figure('eu_support_paid', '1.00', '2020-01-01'), id: '9' };
    const tenth = { ...figure('eu_support_paid', '2.00', '2020-01-01'), id: '10' };
    expect(currentFigures([tenth, ninth]).eu_support_paid).toBe(tenth);
  });
});

describe('cofinancingCheck', () => {
  const current = (...figures: DatedFigure[]) => currentFigures(figures);

  test('is null until a rate and certified expenditure are recorded', () => {
    expect(cofinancingCheck(current(figure('cofinancing_rate', '50.00', '2017-06-30')))).toBeNull();
    expect(
      cofinancingCheck(current(figure('certified_expenditure', '100.00', '2017-06-30'))),
    ).toBeNull();
  });

  test("flags the seed's ERDF support against 50 % of the eligible cost (it is 48.97 %)", () => {
    const check = cofinancingCheck(
      current(
        figure('cofinancing_rate', '50.00', '2017-06-30'),
        figure('certified_expenditure', '1439741.00', '2021-06-30'),
        figure('eu_support_committed', '705027.00', '2017-06-30'),
      ),
    );
    expect(check).toEqual({
      ratePercent: '50.00',
      certifiedExpenditure: '1439741.00',
      expectedEuSupport: '719870.50',
      tolerance: '1.00',
      committed: { recorded: '705027.00', difference: '-14843.50', flagged: true },
      paid: null,
    });
  });

  test('a difference of exactly EUR 1 passes, one cent more is flagged', () => {
    const base = [
      figure('cofinancing_rate', '80.00', '2020-01-01'),
      figure('certified_expenditure', '1000.00', '2020-01-01'),
    ];
    const atTolerance = cofinancingCheck(
      current(...base, figure('eu_support_paid', '801.00', '2020-02-01')),
    );
    expect(atTolerance?.paid).toEqual({ recorded: '801.00', difference: '1.00', flagged: false });
    const over = cofinancingCheck(
      current(...base, figure('eu_support_paid', '798.99', '2020-02-01')),
    );
    expect(over?.paid).toEqual({ recorded: '798.99', difference: '-1.01', flagged: true });
  });

  test('rounds the expected support half up to the cent', () => {
    const check = (rate: string, certified: string) =>
      cofinancingCheck(
        current(
          figure('cofinancing_rate', rate, '2020-01-01'),
          figure('certified_expenditure', certified, '2020-01-01'),
        ),
      )?.expectedEuSupport;
    expect(check('50.00', '0.01')).toBe('0.01'); // 0.005
    expect(check('48.97', '0.50')).toBe('0.24'); // 0.24485
    expect(check('48.97', '1439741.00')).toBe('705041.17'); // 705041.1677
  });
});

describe('costPer', () => {
  test("the seed's total, eligible and EU amounts per 3 people, to the cent", () => {
    expect(costPer('1573550.00', 3)).toBe('524516.67'); // 524516.666…
    expect(costPer('1439741.00', 3)).toBe('479913.67'); // 479913.666…
    expect(costPer('705027.00', 3)).toBe('235009.00');
  });

  test('rounds half a cent up and less than half down', () => {
    expect(costPer('0.05', 2)).toBe('0.03'); // 2.5 cents
    expect(costPer('0.05', 4)).toBe('0.01'); // 1.25 cents
    expect(costPer('0.10', 8)).toBe('0.01'); // 1.25 cents
    expect(costPer('0.07', 2)).toBe('0.04'); // 3.5 cents
  });

  test('an amount of 0 costs 0 per unit', () => {
    expect(costPer('0.00', 7)).toBe('0.00');
  });

  test('nothing to divide by is null, not 0 or Infinity', () => {
    expect(costPer('1573550.00', 0)).toBeNull();
  });

  test('refuses a count that is not a whole number of 0 or more', () => {
    expect(() => costPer('1.00', -1)).toThrow(
      'A count must be a whole number of 0 or more, got -1.',
    );
    expect(() => costPer('1.00', 1.5)).toThrow(RangeError);
  });
});
