import { DECIMAL_INPUT, YEAR_INPUT, decimalForApi, hundredthsOf } from './decimal-input';

describe('decimal input', () => {
  it('accepts up to 2 decimals with a point or a comma, and nothing else', () => {
    for (const good of ['0', '12', '12.5', '12,50', '999999999999.99']) {
      expect(DECIMAL_INPUT.test(good)).toBe(true);
    }
    for (const bad of ['', '-1', '1.005', '1e3', '1.234,5', '1 000', '.5']) {
      expect(DECIMAL_INPUT.test(bad)).toBe(false);
    }
  });

  it('writes a value the way the API reads it, and counts it in hundredths exactly', () => {
    expect(decimalForApi(' 12,5 ')).toBe('12.5');
    expect(hundredthsOf('12,5')).toBe(1250);
    expect(hundredthsOf('0.07')).toBe(7);
    expect(hundredthsOf('999999999999.99')).toBe(99_999_999_999_999);
  });

  it('takes the years the API takes', () => {
    expect(['2000', '2023', '2100'].every((year) => YEAR_INPUT.test(year))).toBe(true);
    expect(['1999', '2101', '23', '20230'].some((year) => YEAR_INPUT.test(year))).toBe(false);
  });
});
