import { describe, expect, it } from '@jest/globals';
import { valueAsOf } from './value-as-of.js';

const values = [
  { asOf: '2019-12-31', value: 2 },
  { asOf: '2021-06-30', value: 3 },
  { asOf: '2021-06-30', value: 4 }, // a correction of the same date, recorded later
  { asOf: '2022-03-31', value: 6 },
];

describe('valueAsOf', () => {
  it('the latest value dated on or before the date', () => {
    expect(valueAsOf(values, '2020-12-31')).toEqual({ asOf: '2019-12-31', value: 2 });
  });

  it('a value dated on the date itself is in force', () => {
    expect(valueAsOf(values, '2019-12-31')?.value).toBe(2);
  });

  it('of two values of one date, the one recorded later', () => {
    expect(valueAsOf(values, '2021-12-31')?.value).toBe(4);
  });

  it('a backdated value entered last does not replace a later-dated one', () => {
    const backdated = [values[1], values[0]];
    expect(valueAsOf(backdated, '2021-12-31')?.value).toBe(3);
  });

  it('null before the first value', () => {
    expect(valueAsOf(values, '2019-12-30')).toBeNull();
  });

  it('null with no values', () => {
    expect(valueAsOf([], '2021-12-31')).toBeNull();
  });
});
