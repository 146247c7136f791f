import { growth, ratio } from './ratios.js';

describe('ratio', () => {
  test('an exact fraction, not rounded', () => {
    expect(ratio(1, 3)).toBe(1 / 3);
  });

  test('a zero numerator is 0', () => {
    expect(ratio(0, 5)).toBe(0);
  });

  test('a zero denominator is null', () => {
    expect(ratio(7, 0)).toBeNull();
  });

  test('0 / 0 is null', () => {
    expect(ratio(0, 0)).toBeNull();
  });

  test('NaN is refused rather than passed on', () => {
    expect(() => ratio(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe('growth', () => {
  test('an increase', () => {
    expect(growth(150, 100)).toBe(0.5);
  });

  test('a decrease', () => {
    expect(growth(75, 100)).toBe(-0.25);
  });

  test('no previous value is null', () => {
    expect(growth(40, 0)).toBeNull();
  });

  test('a fall to zero is -1', () => {
    expect(growth(0, 40)).toBe(-1);
  });
});
