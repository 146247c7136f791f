import { describe, expect, it } from '@jest/globals';
import { DisclosureError } from './disclosure-error.js';
import { type PublishedCell, protectBreakdown, publishedCellValue } from './protect-breakdown.js';

const zero: PublishedCell = { kind: 'exact-zero' };
const small = (k = 5): PublishedCell => ({ kind: 'suppressed', reason: 'primary', shown: `<${k}` });
const secondary: PublishedCell = { kind: 'suppressed', reason: 'secondary', shown: 'c' };
const rounded = (value: number): PublishedCell => ({ kind: 'rounded', value });

function disclosureError(
  run: () => unknown,
): Pick<DisclosureError, 'code' | 'parameter'> | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DisclosureError) return { code: error.code, parameter: error.parameter };
    throw error;
  }
  return undefined;
}

describe('protectBreakdown: primary suppression and k', () => {
  it('hides 1 to 4 as <5 by default and shows 0 as 0', () => {
    expect(protectBreakdown({ woman: 0, man: 1, non_binary: 4, unknown: 0 })).toEqual({
      woman: zero,
      man: small(),
      non_binary: small(),
      unknown: zero,
    });
  });

  it('with the default k, 4 is hidden and 5 is shown', () => {
    expect(protectBreakdown({ a: 4, b: 5, c: 3 })).toEqual({
      a: small(),
      b: rounded(5),
      c: small(),
    });
  });

  it('k = 3: 2 is hidden as <3, and 3 and 4 are shown as 5', () => {
    expect(protectBreakdown({ a: 2, b: 3, c: 4, d: 1 }, 3)).toEqual({
      a: small(3),
      b: rounded(5),
      c: rounded(5),
      d: small(3),
    });
  });

  it('k = 10: 9 is hidden as <10, and 10 is shown', () => {
    expect(protectBreakdown({ a: 9, b: 10, c: 1 }, 10)).toEqual({
      a: small(10),
      b: rounded(10),
      c: small(10),
    });
  });

  it('k = 7: a count of 7 is shown rounded, as 5 (documented)', () => {
    expect(protectBreakdown({ a: 6, b: 7, c: 2 }, 7)).toEqual({
      a: small(7),
      b: rounded(5),
      c: small(7),
    });
  });

  it('an all-zero breakdown is shown as zeros, with nothing hidden', () => {
    expect(protectBreakdown({ woman: 0, man: 0, non_binary: 0, unknown: 0 })).toEqual({
      woman: zero,
      man: zero,
      non_binary: zero,
      unknown: zero,
    });
  });

  it('an empty breakdown stays empty', () => {
    expect(protectBreakdown({})).toEqual({});
  });
});

describe('protectBreakdown: secondary suppression', () => {
  it('one hidden cell: the smallest other non-zero cell is hidden too, as c', () => {
    expect(protectBreakdown({ woman: 40, man: 3, non_binary: 0, unknown: 12 })).toEqual({
      woman: rounded(40),
      man: small(),
      non_binary: zero,
      unknown: secondary,
    });
  });

  it('zeros are never chosen as the second hidden cell', () => {
    expect(protectBreakdown({ a: 0, b: 2, c: 0, d: 6 })).toEqual({
      a: zero,
      b: small(),
      c: zero,
      d: secondary,
    });
  });

  it('the second cell is chosen on exact counts, not on rounded ones', () => {
    // 11 and 12 both round to 10; 11 is the smaller.
    expect(protectBreakdown({ a: 1, b: 12, c: 11 })).toEqual({
      a: small(),
      b: rounded(10),
      c: secondary,
    });
  });

  it('two hidden cells: no secondary suppression', () => {
    expect(protectBreakdown({ woman: 2, man: 4, unknown: 30 })).toEqual({
      woman: small(),
      man: small(),
      unknown: rounded(30),
    });
  });

  it('three hidden cells: no secondary suppression', () => {
    expect(protectBreakdown({ a: 1, b: 1, c: 1, d: 6 })).toEqual({
      a: small(),
      b: small(),
      c: small(),
      d: rounded(5),
    });
  });

  it('a tie goes to the cell name first in code-unit order', () => {
    expect(protectBreakdown({ woman: 1, man: 7, unknown: 7 })).toEqual({
      woman: small(),
      man: secondary,
      unknown: rounded(5),
    });
  });

  it('a tie does not depend on the order the record was built in', () => {
    const result = protectBreakdown({ Sabadell: 2, Barcelona: 6, Badalona: 6 });
    const reversed = protectBreakdown({ Badalona: 6, Barcelona: 6, Sabadell: 2 });
    expect(result).toEqual({ Sabadell: small(), Barcelona: rounded(5), Badalona: secondary });
    expect(reversed).toEqual(result);
  });

  it('the only non-zero cell hidden: nothing else to hide, zeros stay 0 (documented)', () => {
    expect(protectBreakdown({ woman: 3, man: 0, non_binary: 0, unknown: 0 })).toEqual({
      woman: small(),
      man: zero,
      non_binary: zero,
      unknown: zero,
    });
  });

  it('a single non-zero cell of k or more is shown rounded', () => {
    expect(protectBreakdown({ woman: 0, unknown: 23 })).toEqual({
      woman: zero,
      unknown: rounded(25),
    });
  });

  it('the same counts are protected differently under another k', () => {
    expect(protectBreakdown({ a: 4, b: 3, c: 20 }, 4)).toEqual({
      a: secondary,
      b: small(4),
      c: rounded(20),
    });
    expect(protectBreakdown({ a: 4, b: 3, c: 20 }, 5)).toEqual({
      a: small(),
      b: small(),
      c: rounded(20),
    });
    expect(protectBreakdown({ a: 4, b: 3, c: 20 }, 3)).toEqual({
      a: rounded(5),
      b: rounded(5),
      c: rounded(20),
    });
  });
});

describe('protectBreakdown: rounding to the nearest 5', () => {
  it.each([
    [5, 5],
    [6, 5],
    [7, 5],
    [8, 10],
    [9, 10],
    [10, 10],
    [12, 10],
    [13, 15],
    [1002, 1000],
    [1003, 1005],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1],
  ])('%i is shown as %i', (count, shown) => {
    expect(protectBreakdown({ a: count, b: 0, c: 50 })).toEqual({
      a: rounded(shown),
      b: zero,
      c: rounded(50),
    });
  });
});

describe('protectBreakdown: validation', () => {
  it.each([2, 11, 0, -5, 4.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses k = %p', (k) => {
    expect(disclosureError(() => protectBreakdown({ a: 1 }, k))).toEqual({
      code: 'disclosure.invalid-k',
      parameter: 'k',
    });
  });

  it('refuses a k given as text', () => {
    expect(disclosureError(() => protectBreakdown({ a: 1 }, '5' as unknown as number))).toEqual({
      code: 'disclosure.invalid-k',
      parameter: 'k',
    });
  });

  it('says which values k may take', () => {
    expect(() => protectBreakdown({ a: 1 }, 2)).toThrow(
      'k must be a whole number from 3 to 10, got 2.',
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses the count %p, naming the cell',
    (count) => {
      expect(disclosureError(() => protectBreakdown({ woman: 3, man: count }))).toEqual({
        code: 'disclosure.invalid-count',
        parameter: 'man',
      });
    },
  );

  it('refuses a count given as text', () => {
    const cells = { woman: '3' } as unknown as Record<string, number>;
    expect(() => protectBreakdown(cells)).toThrow(
      'The count of cell "woman" must be a whole number of 0 or more, got "3".',
    );
  });
});

describe('protectBreakdown: the breakdown itself', () => {
  it('keeps the cells in the order given and leaves the input alone', () => {
    const cells = Object.freeze({ unknown: 12, woman: 3, man: 40 });
    const result = protectBreakdown(cells);
    expect(Object.keys(result)).toEqual(['unknown', 'woman', 'man']);
    expect(cells).toEqual({ unknown: 12, woman: 3, man: 40 });
  });

  it('a cell named __proto__ is an ordinary cell', () => {
    const cells = JSON.parse('{"__proto__": 3, "b": 8}') as Record<string, number>;
    const result = protectBreakdown(cells);
    expect(Object.keys(result)).toEqual(['__proto__', 'b']);
    expect(result['__proto__']).toEqual(small());
    expect(result['b']).toEqual(secondary);
  });
});

describe('publishedCellValue', () => {
  it('a number for zeros and rounded counts, the mark for hidden ones', () => {
    const result = protectBreakdown({ a: 0, b: 2, c: 8, d: 23 });
    expect(Object.values(result).map(publishedCellValue)).toEqual([0, '<5', 'c', 25]);
  });
});
