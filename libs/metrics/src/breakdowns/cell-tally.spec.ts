import { describe, expect, test } from '@jest/globals';
import type { Demographics } from '../contracts/learner-registry.js';
import { ageBandCells, parseCustomAgeBands, standardAgeBanding } from './age-bands.js';
import { BREAKDOWNS_BY_INDICATOR } from './breakdown-keys.js';
import { CellTally, tallyCells } from './cell-tally.js';
import {
  EDUCATION_CELLS,
  EMPLOYMENT_CELLS,
  SEX_CELLS,
  demographicCellsOf,
  residenceCells,
} from './demographic-breakdowns.js';
import { FORMAT_CELLS, formatCellOf } from './format-breakdown.js';

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

describe('tallyCells', () => {
  test('every cell is present, zeros included, in display order', () => {
    const counts = tallyCells(SEX_CELLS, ['woman', 'woman', 'unknown'], 3);
    expect(counts).toEqual({ woman: 2, man: 0, non_binary: 0, unknown: 1 });
    expect(Object.keys(counts)).toEqual(['woman', 'man', 'non_binary', 'unknown']);
  });

  test('nobody: every cell is 0', () => {
    expect(tallyCells(FORMAT_CELLS, [], 0)).toEqual({
      mooc: 0,
      instant: 0,
      masterclass: 0,
      course: 0,
      uncatalogued: 0,
      unknown: 0,
    });
  });

  test('occurrences from a generator (a stream read one at a time)', () => {
    function* stream() {
      yield 'isced0-2' as const;
      yield 'isced5-8' as const;
      yield 'isced5-8' as const;
    }
    expect(tallyCells(EDUCATION_CELLS, stream(), 3)).toEqual({
      'isced0-2': 1,
      'isced3-4': 0,
      'isced5-8': 2,
      unknown: 0,
    });
  });

  test('cells that do not add up to the total are refused', () => {
    expect(() => tallyCells(SEX_CELLS, ['woman', 'man'], 3, 'users by sex')).toThrow(
      'users by sex: the cells add up to 2 but the total is 3.',
    );
  });

  test('an occurrence outside the cells is refused, never dropped', () => {
    expect(() => tallyCells(SEX_CELLS, ['woman', 'female' as 'woman'], 2)).toThrow(RangeError);
  });

  test('a cell list without unknown is refused', () => {
    expect(() => tallyCells(['woman', 'man'], [], 0)).toThrow(/"unknown" cell/);
  });

  test('a cell listed twice is refused', () => {
    expect(() => tallyCells(['a', 'a', 'unknown'], [], 0)).toThrow(/listed twice/);
  });

  test('a residence named like an object key is kept', () => {
    const counts = tallyCells(residenceCells(['__proto__']), ['__proto__'], 1);
    expect(Object.keys(counts)).toEqual(['__proto__', 'unknown']);
    expect(JSON.stringify(counts)).toBe('{"__proto__":1,"unknown":0}');
  });
});

describe('CellTally', () => {
  test('grouped counts (from GROUP BY) add up', () => {
    const tally = new CellTally(EMPLOYMENT_CELLS, 'enrolments by employment')
      .add('employed', 40)
      .add('student', 12)
      .add('unknown', 3)
      .add('employed');
    expect(tally.total).toBe(56);
    expect(tally.result(56)).toEqual({
      employed: 41,
      self_employed: 0,
      unemployed: 0,
      inactive: 0,
      student: 12,
      unknown: 3,
    });
  });

  test.each([-1, 1.5, Number.NaN, '3' as unknown as number])(
    'a count of %p is refused',
    (count) => {
      expect(() => new CellTally(SEX_CELLS).add('man', count)).toThrow(RangeError);
    },
  );

  test('a total that is not a whole number is refused', () => {
    expect(() => new CellTally(SEX_CELLS).result(Number.NaN)).toThrow(RangeError);
  });
});

describe('a users breakdown of one period: every breakdown adds up to the total', () => {
  const registry: (Demographics | null)[] = [
    {
      sex: 'woman',
      birthYear: 1999,
      iscedLevel: 2,
      employmentStatus: 'student',
      municipality: 'Barcelona',
      district: 'Gràcia',
    },
    {
      sex: 'man',
      birthYear: 1970,
      iscedLevel: 6,
      employmentStatus: 'employed',
      municipality: ' Girona ',
      district: null,
    },
    {
      sex: 'non_binary',
      birthYear: 1950,
      iscedLevel: 4,
      employmentStatus: 'inactive',
      municipality: 'Barcelona',
      district: null,
    },
    {
      sex: null,
      birthYear: null,
      iscedLevel: null,
      employmentStatus: null,
      municipality: null,
      district: 'Gràcia',
    },
    null,
  ];
  const cells = registry.map((person) =>
    demographicCellsOf(person, 2024, parseCustomAgeBands('25-40,41-64')),
  );
  const total = registry.length;

  test('sex', () => {
    expect(
      tallyCells(
        SEX_CELLS,
        cells.map((c) => c.sex),
        total,
      ),
    ).toEqual({
      woman: 1,
      man: 1,
      non_binary: 1,
      unknown: 2,
    });
  });

  test('ageBand (custom 25-40,41-64: ages 25, 54, 74)', () => {
    const banding = parseCustomAgeBands('25-40,41-64');
    expect(
      tallyCells(
        ageBandCells(banding),
        cells.map((c) => c.ageBand),
        total,
      ),
    ).toEqual({
      '25-40': 1,
      '41-64': 1,
      other: 1,
      unknown: 2,
    });
  });

  test('ageBand (esf2014)', () => {
    const esf2014 = standardAgeBanding('esf2014');
    const bands = registry.map((person) => demographicCellsOf(person, 2024, esf2014).ageBand);
    expect(tallyCells(ageBandCells(esf2014), bands, total)).toEqual({
      '<25': 0,
      '25-54': 2,
      '>54': 1,
      unknown: 2,
    });
  });

  test('education', () => {
    expect(
      tallyCells(
        EDUCATION_CELLS,
        cells.map((c) => c.education),
        total,
      ),
    ).toEqual({
      'isced0-2': 1,
      'isced3-4': 1,
      'isced5-8': 1,
      unknown: 2,
    });
  });

  test('employment', () => {
    const counts = tallyCells(
      EMPLOYMENT_CELLS,
      cells.map((c) => c.employment),
      total,
    );
    expect(counts).toEqual({
      employed: 1,
      self_employed: 0,
      unemployed: 0,
      inactive: 1,
      student: 1,
      unknown: 2,
    });
  });

  test('residence', () => {
    const keys = cells.map((c) => c.residence);
    const counts = tallyCells(residenceCells(keys), keys, total);
    expect(counts).toEqual({ Barcelona: 1, 'Barcelona · Gràcia': 1, Girona: 1, unknown: 2 });
    expect(sum(counts)).toBe(total);
  });
});

describe('format of enrolments', () => {
  test('catalogued, uncatalogued and course-less pairs add up', () => {
    const pairs = [formatCellOf('mooc'), formatCellOf('mooc'), formatCellOf('uncatalogued')];
    expect(tallyCells(FORMAT_CELLS, pairs, 3)).toEqual({
      mooc: 2,
      instant: 0,
      masterclass: 0,
      course: 0,
      uncatalogued: 1,
      unknown: 0,
    });
  });
});

describe('BREAKDOWNS_BY_INDICATOR', () => {
  test('format breaks down enrolments and completions, not users', () => {
    expect(BREAKDOWNS_BY_INDICATOR.users).not.toContain('format');
    expect(BREAKDOWNS_BY_INDICATOR.enrolments).toContain('format');
    expect(BREAKDOWNS_BY_INDICATOR.completions).toContain('format');
  });
});
