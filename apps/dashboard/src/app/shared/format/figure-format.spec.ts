import { formatGrowth, formatRate, shareOf } from './figure-format';

describe('figure formats', () => {
  const percent = (value: number, signDisplay: 'auto' | 'exceptZero' = 'auto') =>
    new Intl.NumberFormat(undefined, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay,
    }).format(value);

  it('shows a rate as a percentage with one decimal', () => {
    expect(formatRate(60_523 / 175_760)).toBe(percent(0.344));
  });

  it('signs a growth, and leaves no growth unsigned', () => {
    expect(formatGrowth(0.852)).toBe(percent(0.852, 'exceptZero'));
    expect(formatGrowth(0.852)).toMatch(/^\+/);
    expect(formatGrowth(-0.1)).toMatch(/^[-−]/);
    expect(formatGrowth(0)).not.toMatch(/^[+\-−]/);
  });

  it('says n/a where the denominator is 0', () => {
    expect(formatRate(null)).toBe('n/a');
    expect(formatGrowth(null)).toBe('n/a');
    expect(shareOf(3, 0)).toBeNull();
    expect(shareOf(1, 4)).toBe(0.25);
  });
});
