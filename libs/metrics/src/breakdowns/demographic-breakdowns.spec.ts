import { describe, expect, test } from '@jest/globals';
import type { Demographics, EmploymentStatus, Sex } from '../contracts/learner-registry.js';
import { parseCustomAgeBands, standardAgeBanding } from './age-bands.js';
import {
  EDUCATION_CELLS,
  EMPLOYMENT_CELLS,
  SEX_CELLS,
  demographicCellsOf,
  educationCellOf,
  employmentCellOf,
  residenceCellOf,
  residenceCells,
  sexCellOf,
} from './demographic-breakdowns.js';

describe('sex', () => {
  test('cells', () => {
    expect(SEX_CELLS).toEqual(['woman', 'man', 'non_binary', 'unknown']);
  });

  test.each(['woman', 'man', 'non_binary'] as const)('%s is its own cell', (sex) => {
    expect(sexCellOf(sex)).toBe(sex);
  });

  test('empty in the registry is unknown', () => {
    expect(sexCellOf(null)).toBe('unknown');
  });

  test('a value outside the contract is refused, not counted as unknown', () => {
    expect(() => sexCellOf('female' as Sex)).toThrow(RangeError);
  });
});

describe('education (ISCED groups)', () => {
  test('cells', () => {
    expect(EDUCATION_CELLS).toEqual(['isced0-2', 'isced3-4', 'isced5-8', 'unknown']);
  });

  test.each([
    [0, 'isced0-2'],
    [2, 'isced0-2'],
    [3, 'isced3-4'],
    [4, 'isced3-4'],
    [5, 'isced5-8'],
    [8, 'isced5-8'],
  ])('level %i is %s', (level, cell) => {
    expect(educationCellOf(level)).toBe(cell);
  });

  test('empty in the registry is unknown', () => {
    expect(educationCellOf(null)).toBe('unknown');
  });

  test.each([-1, 9, 2.5, Number.NaN])('level %p is refused', (level) => {
    expect(() => educationCellOf(level)).toThrow(RangeError);
  });
});

describe('employment', () => {
  test('cells', () => {
    expect(EMPLOYMENT_CELLS).toEqual([
      'employed',
      'self_employed',
      'unemployed',
      'inactive',
      'student',
      'unknown',
    ]);
  });

  test.each(['employed', 'self_employed', 'unemployed', 'inactive', 'student'] as const)(
    '%s is its own cell',
    (status) => {
      expect(employmentCellOf(status)).toBe(status);
    },
  );

  test('empty in the registry is unknown', () => {
    expect(employmentCellOf(null)).toBe('unknown');
  });

  test('a value outside the contract is refused', () => {
    expect(() => employmentCellOf('retired' as EmploymentStatus)).toThrow(RangeError);
  });
});

describe('residence', () => {
  test('the municipality as written, trimmed', () => {
    expect(residenceCellOf('  Sant Cugat del Vallès \t', null)).toBe('Sant Cugat del Vallès');
  });

  test('case and inner spaces are kept as written', () => {
    expect(residenceCellOf('barcelona', null)).toBe('barcelona');
    expect(residenceCellOf("L'Hospitalet  de Llobregat", null)).toBe("L'Hospitalet  de Llobregat");
  });

  test('with a district: municipality · district, both trimmed', () => {
    expect(residenceCellOf(' Barcelona ', ' Gràcia ')).toBe('Barcelona · Gràcia');
  });

  test.each([null, '', '   '])(
    'a blank district (%p) leaves the municipality alone',
    (district) => {
      expect(residenceCellOf('Barcelona', district)).toBe('Barcelona');
    },
  );

  test.each([null, '', '  '])('no municipality (%p) is unknown, even with a district', (place) => {
    expect(residenceCellOf(place, 'Gràcia')).toBe('unknown');
    expect(residenceCellOf(place, null)).toBe('unknown');
  });

  test('cells: distinct, alphabetical with accents in place, districts after their municipality, unknown last', () => {
    expect(
      residenceCells([
        'Vic',
        'Barcelona · Gràcia',
        'unknown',
        'Barcelona',
        'Àger',
        'Vic',
        'Badalona',
      ]),
    ).toEqual(['Àger', 'Badalona', 'Barcelona', 'Barcelona · Gràcia', 'Vic', 'unknown']);
  });

  test('cells of nobody: only unknown', () => {
    expect(residenceCells([])).toEqual(['unknown']);
  });

  test('cells that differ only in case are both kept, in a fixed order', () => {
    expect(residenceCells(['barcelona', 'Barcelona'])).toEqual(
      residenceCells(['Barcelona', 'barcelona']),
    );
    expect(residenceCells(['barcelona', 'Barcelona'])).toHaveLength(3);
  });
});

describe('demographicCellsOf', () => {
  const person: Demographics = {
    sex: 'woman',
    birthYear: 1990,
    iscedLevel: 3,
    employmentStatus: 'unemployed',
    municipality: 'Barcelona',
    district: 'Sants-Montjuïc',
  };

  test('a registered person, age taken at the year of the event', () => {
    expect(demographicCellsOf(person, 2015, standardAgeBanding('esf2014'))).toEqual({
      sex: 'woman',
      ageBand: '25-54',
      education: 'isced3-4',
      employment: 'unemployed',
      residence: 'Barcelona · Sants-Montjuïc',
    });
    expect(demographicCellsOf(person, 2014, standardAgeBanding('esf2014')).ageBand).toBe('<25');
  });

  test('an actor key outside the registry is unknown in every breakdown', () => {
    expect(demographicCellsOf(null, 2024, parseCustomAgeBands('25-40'))).toEqual({
      sex: 'unknown',
      ageBand: 'unknown',
      education: 'unknown',
      employment: 'unknown',
      residence: 'unknown',
    });
  });
});
