import { describe, expect, it } from '@jest/globals';
import { DisclosureError } from './disclosure-error.js';
import { protectBreakdown } from './protect-breakdown.js';
import { publishPercentage } from './publish-percentage.js';

const notShown = { kind: 'not-shown', reason: 'denominator-below-10' };

describe('publishPercentage (spec section 8)', () => {
  it('a denominator of 9 is too small: not shown', () => {
    expect(publishPercentage(3, 9)).toEqual(notShown);
  });

  it('a denominator of 10 is enough: shown', () => {
    expect(publishPercentage(3, 10)).toEqual({ kind: 'shown', value: 30 });
  });

  it('a denominator of 0 is not shown (rather than null, 0 or Infinity)', () => {
    expect(publishPercentage(0, 0)).toEqual(notShown);
  });

  it('the exact value, not rounded: rounding is for presentation', () => {
    expect(publishPercentage(1, 30)).toEqual({ kind: 'shown', value: 100 / 30 });
  });

  it('whole percentages come out exact (7 of 10 is 70, not 70.00000000000001)', () => {
    expect(publishPercentage(7, 10)).toEqual({ kind: 'shown', value: 70 });
  });

  it('0 of 10 is 0 %', () => {
    expect(publishPercentage(0, 10)).toEqual({ kind: 'shown', value: 0 });
  });

  it('a ratio of flows may pass 100 %', () => {
    expect(publishPercentage(15, 12)).toEqual({ kind: 'shown', value: 125 });
  });

  it('is computed from the exact counts, not from the published cells', () => {
    const exact = { woman: 37, man: 12, unknown: 3 };
    const published = protectBreakdown(exact);
    expect(published.woman).toEqual({ kind: 'rounded', value: 35 });
    expect(publishPercentage(exact.woman, 52)).toEqual({ kind: 'shown', value: 3700 / 52 });
  });

  it.each([
    [-1, 10, 'numerator'],
    [1.5, 10, 'numerator'],
    [Number.NaN, 10, 'numerator'],
    [1, -10, 'denominator'],
    [1, 10.5, 'denominator'],
    [1, Number.POSITIVE_INFINITY, 'denominator'],
  ])('refuses %p / %p, naming the %s', (numerator, denominator, parameter) => {
    let caught: unknown;
    try {
      publishPercentage(numerator, denominator);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DisclosureError);
    expect(caught).toMatchObject({ code: 'disclosure.invalid-count', parameter });
  });

  it('says what a count must be', () => {
    expect(() => publishPercentage(1, 10.5)).toThrow(
      'The denominator of a percentage must be a whole number of 0 or more, got 10.5.',
    );
  });
});
