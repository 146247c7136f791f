import { describe, expect, it } from '@jest/globals';
import { compareValues, valuesOf } from './snapshot-values.js';
import { indicatorsViewFixture } from './indicators-view.fixture.js';

describe('valuesOf', () => {
  it('names every figure, ratio, growth and breakdown cell by its path, and nothing else', () => {
    const values = valuesOf(indicatorsViewFixture());
    expect(values.get('users')).toBe(3);
    expect(values.get('completionRate')).toBe(1);
    expect(values.has('growth.users')).toBe(true);
    expect(values.get('growth.users')).toBeNull();
    expect(values.get('breakdowns.enrolments.format.mooc')).toBe(3);
    expect(values.get('breakdowns.users.residence.Barcelona · Sant Martí')).toBe(2);
    expect([...values.keys()].filter((path) => /^(provenance|period|filters)/.test(path))).toEqual(
      [],
    );
    // 7 figures, 7 growths, users 5 breakdowns (21 cells), flows 6 breakdowns (27 cells) twice.
    expect(values.size).toBe(7 + 7 + 21 + 27 + 27);
  });
});

describe('compareValues', () => {
  it('sets every value side by side with b − a, including cells only one side has', () => {
    const a = indicatorsViewFixture();
    const b = indicatorsViewFixture();
    b.users = 4;
    b.growth.users = 0.5;
    b.breakdowns.users.residence = { 'Barcelona · Sant Martí': 2, Girona: 2, unknown: 0 };
    const byPath = new Map(compareValues(a, b).map((row) => [row.value, row]));
    expect(byPath.get('users')).toEqual({
      value: 'users',
      a: 3,
      b: 4,
      difference: 1,
      equal: false,
    });
    expect(byPath.get('growth.users')).toMatchObject({ a: null, b: 0.5, difference: null });
    expect(byPath.get('breakdowns.users.residence.St. Cugat')).toMatchObject({
      a: 1,
      b: null,
      equal: false,
    });
    expect(byPath.get('breakdowns.users.residence.Girona')).toMatchObject({ a: null, b: 2 });
    expect(byPath.get('enrolments')?.equal).toBe(true);
  });

  it('finds two equal views equal everywhere', () => {
    const rows = compareValues(indicatorsViewFixture(), indicatorsViewFixture());
    expect(rows.every((row) => row.equal)).toBe(true);
  });
});
