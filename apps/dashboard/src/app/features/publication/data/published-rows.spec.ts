import { chartBars, hiddenReason, publishedRows } from './published-rows';

describe('published breakdown rows', () => {
  it('labels the cells, keeps the API order with unknown last, and tells hidden cells apart', () => {
    const rows = publishedRows({ unknown: 5, woman: 'c', man: '<5', non_binary: 0 }, 'sex');

    expect(rows.map((row) => [row.label, row.value, row.hidden, row.isUnknown])).toEqual([
      ['Women', 'c', 'secondary', false],
      ['Men', '<5', 'primary', false],
      ['Non-binary', 0, null, false],
      ['Unknown', 5, null, true],
    ]);
  });

  it('labels age bands, and shows places and cells not foreseen as written', () => {
    const ages = publishedRows({ '<25': 10, '25-54': 20, '55+': 5, other: 0 }, 'ageBand');
    expect(ages.map((row) => row.label)).toEqual([
      'Under 25',
      '25–54',
      '55 and over',
      'Outside the bands',
    ]);
    expect(publishedRows({ Barcelona: 10 }, 'residence')[0]?.label).toBe('Barcelona');
    expect(publishedRows({ alien: 10 }, 'sex')[0]?.label).toBe('alien');
  });

  it('treats any mark but <k as a hidden cell, never as a count', () => {
    expect(hiddenReason(0)).toBeNull();
    expect(hiddenReason('<10')).toBe('primary');
    expect(hiddenReason('c')).toBe('secondary');
    expect(hiddenReason('x')).toBe('secondary');
  });

  it('draws counts only, never a hidden cell as 0', () => {
    const bars = chartBars(
      publishedRows({ woman: 'c', man: '<5', non_binary: 0, unknown: 5 }, 'sex'),
    );

    expect(bars.rows.map((row) => [row.label, row.value])).toEqual([
      ['Non-binary', 0],
      ['Unknown', 5],
    ]);
    expect(bars.hidden.map((row) => row.label)).toEqual(['Women', 'Men']);
    expect(bars.isCut).toBe(false);
  });

  it('keeps the largest counts, in table order, when there are too many bars', () => {
    const places = publishedRows({ A: 10, B: 30, C: '<5', D: 20, E: 5, unknown: 15 }, 'residence');

    const bars = chartBars(places, 3);

    expect(bars.rows.map((row) => row.key)).toEqual(['B', 'D', 'unknown']);
    expect(bars.isCut).toBe(true);
    expect(bars.hidden.map((row) => row.key)).toEqual(['C']);
  });
});
