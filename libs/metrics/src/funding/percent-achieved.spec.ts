import { describe, expect, it } from '@jest/globals';
import { percentAchieved } from './percent-achieved.js';

describe('percentAchieved (spec section 6)', () => {
  it('value / target x 100', () => {
    expect(percentAchieved(5, 8)).toBe(62.5);
  });

  it('exact, not rounded: rounding is for presentation', () => {
    expect(percentAchieved(1, 3)).toBe(100 / 3);
  });

  it('whole percentages come out exact (7 of 10 is 70, not 70.00000000000001)', () => {
    expect(percentAchieved(7, 10)).toBe(70);
  });

  it('a target can be exceeded', () => {
    expect(percentAchieved(5, 4)).toBe(125);
  });

  it('a value of 0 is 0 %', () => {
    expect(percentAchieved(0, 4)).toBe(0);
  });

  it('decimal goals, as entered', () => {
    expect(percentAchieved(3, 7.5)).toBe(40);
  });

  it('no target is null', () => {
    expect(percentAchieved(5, null)).toBeNull();
  });

  it('a target of 0 is null, not Infinity', () => {
    expect(percentAchieved(5, 0)).toBeNull();
  });

  it('no value (a manual indicator with nothing entered yet) is null, not 0 %', () => {
    expect(percentAchieved(null, 10)).toBeNull();
  });

  it.each([
    [-1, 10, 'A value must be a finite number of 0 or more, got -1.'],
    [Number.NaN, 10, 'A value must be a finite number of 0 or more, got NaN.'],
    [1, -10, 'A target or milestone must be a finite number of 0 or more, got -10.'],
    [1, Number.POSITIVE_INFINITY, 'A target or milestone must be a finite number of 0 or more'],
  ])('refuses %p against %p', (value, goal, message) => {
    expect(() => percentAchieved(value, goal)).toThrow(message);
  });
});
