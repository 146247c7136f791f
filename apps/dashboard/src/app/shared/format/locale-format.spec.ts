import { formatCalendarDate, formatEuros, formatPercent, formatQuantity } from './locale-format';

describe('locale formats', () => {
  const euros = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' });

  it('formats decimal strings as euros without float rounding', () => {
    expect(formatEuros('1573550.00')).toBe(euros.format(1_573_550));
    expect(formatEuros('999999999999.99')).toBe(
      euros.format('999999999999.99' as Intl.StringNumericLiteral),
    );
    expect(formatEuros('-0.40')).toBe(euros.format(-0.4));
    expect(formatEuros('n/a')).toBe('n/a');
  });

  it('formats a percentage string as a percentage, not as a ratio', () => {
    expect(formatPercent('50.00')).toMatch(/^50[.,]00\s?%$/);
    expect(formatPercent('x')).toBe('x');
  });

  it('formats a quantity with only the decimals it has', () => {
    const quantity = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
    expect(formatQuantity('1234.00')).toBe(quantity.format(1234));
    expect(formatQuantity('12.50')).toBe(quantity.format(12.5));
    expect(formatQuantity('12.5x')).toBe('12.5x');
  });

  it('formats a calendar date on its own day whatever the time zone', () => {
    expect(formatCalendarDate('2017-06-30')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.UTC(2017, 5, 30),
      ),
    );
    expect(formatCalendarDate('30/06/2017')).toBe('30/06/2017');
  });
});

describe('signed euros', () => {
  it('marks a gain with + and leaves zero unsigned', () => {
    expect(formatEuros('1.50', { signed: true })).toMatch(/^\+/);
    expect(formatEuros('-1.50', { signed: true })).toMatch(/^-/);
    expect(formatEuros('0.00', { signed: true })).not.toMatch(/^[+-]/);
  });
});
