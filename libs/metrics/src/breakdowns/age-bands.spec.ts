import { describe, expect, test } from '@jest/globals';
import { localYear } from '../local-date.js';
import {
  ageAt,
  ageBandCells,
  ageBandOf,
  parseAgeBanding,
  parseCustomAgeBands,
  standardAgeBanding,
  type AgeBanding,
} from './age-bands.js';
import { BreakdownError } from './breakdown-error.js';

const EVENT_YEAR = 2024;
const bornAged = (age: number) => EVENT_YEAR - age;
const bandOfAge = (banding: AgeBanding, age: number) =>
  ageBandOf(banding, bornAged(age), EVENT_YEAR);

function breakdownError(
  run: () => unknown,
): Pick<BreakdownError, 'code' | 'parameter' | 'band'> | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof BreakdownError) {
      return { code: error.code, parameter: error.parameter, band: error.band };
    }
    throw error;
  }
  return undefined;
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BreakdownError) return error.message;
    throw error;
  }
  throw new Error('expected a BreakdownError');
}

describe('esf2014 bands', () => {
  const esf2014 = standardAgeBanding('esf2014');
  test.each([
    [0, '<25'],
    [24, '<25'],
    [25, '25-54'],
    [54, '25-54'],
    [55, '>54'],
    [124, '>54'],
  ])('age %i is %s', (age, label) => {
    expect(bandOfAge(esf2014, age)).toBe(label);
  });

  test('cells in display order, ending with unknown', () => {
    expect(ageBandCells(esf2014)).toEqual(['<25', '25-54', '>54', 'unknown']);
  });
});

describe('esfplus bands', () => {
  const esfplus = standardAgeBanding('esfplus');
  test.each([
    [0, '<18'],
    [17, '<18'],
    [18, '18-29'],
    [29, '18-29'],
    [30, '30-54'],
    [54, '30-54'],
    [55, '55+'],
    [124, '55+'],
  ])('age %i is %s', (age, label) => {
    expect(bandOfAge(esfplus, age)).toBe(label);
  });

  test('cells in display order, ending with unknown', () => {
    expect(ageBandCells(esfplus)).toEqual(['<18', '18-29', '30-54', '55+', 'unknown']);
  });
});

describe('eurostat bands', () => {
  const eurostat = standardAgeBanding('eurostat');
  test.each([
    [0, '<16'],
    [15, '<16'],
    [16, '16-24'],
    [24, '16-24'],
    [25, '25-34'],
    [34, '25-34'],
    [35, '35-44'],
    [44, '35-44'],
    [45, '45-54'],
    [54, '45-54'],
    [55, '55-64'],
    [64, '55-64'],
    [65, '65-74'],
    [74, '65-74'],
    [75, '75+'],
    [124, '75+'],
  ])('age %i is %s', (age, label) => {
    expect(bandOfAge(eurostat, age)).toBe(label);
  });

  test('cells in display order, ending with unknown', () => {
    expect(ageBandCells(eurostat)).toEqual([
      '<16',
      '16-24',
      '25-34',
      '35-44',
      '45-54',
      '55-64',
      '65-74',
      '75+',
      'unknown',
    ]);
  });
});

describe('custom bands with gaps', () => {
  const custom = parseCustomAgeBands('18-24,30-40,65-150');
  test.each([
    [0, 'other'],
    [17, 'other'],
    [18, '18-24'],
    [24, '18-24'],
    [25, 'other'],
    [29, 'other'],
    [30, '30-40'],
    [40, '30-40'],
    [41, 'other'],
    [64, 'other'],
    [65, '65-150'],
    [124, '65-150'],
  ])('age %i is %s', (age, label) => {
    expect(bandOfAge(custom, age)).toBe(label);
  });

  test('cells in display order: bands, other, unknown', () => {
    expect(ageBandCells(custom)).toEqual(['18-24', '30-40', '65-150', 'other', 'unknown']);
  });

  test("the seed's single band 25-40: below and above it are other", () => {
    const seed = parseCustomAgeBands('25-40');
    expect([24, 25, 40, 41].map((age) => bandOfAge(seed, age))).toEqual([
      'other',
      '25-40',
      '25-40',
      'other',
    ]);
  });

  test('a band of one age', () => {
    const single = parseCustomAgeBands('30-30');
    expect([29, 30, 31].map((age) => bandOfAge(single, age))).toEqual(['other', '30-30', 'other']);
  });
});

describe('age (spec section 5: year of the event minus birth_year)', () => {
  test('the birthday does not matter: born 2000, any event in 2024 is age 24', () => {
    expect(ageAt(2000, 2024)).toBe(24);
  });

  test('the year is the local year: 2020-12-31T23:30Z in Madrid is 2021', () => {
    const year = localYear(new Date('2020-12-31T23:30:00Z'), 'Europe/Madrid');
    expect(ageBandOf(standardAgeBanding('esf2014'), 1996, year)).toBe('25-54');
  });

  test.each(['esf2014', 'esfplus', 'eurostat'] as const)(
    'an unknown birth year is unknown in %s',
    (scheme) => {
      expect(ageBandOf(standardAgeBanding(scheme), null, EVENT_YEAR)).toBe('unknown');
    },
  );

  test('an unknown birth year is unknown in custom, not other', () => {
    expect(ageBandOf(parseCustomAgeBands('25-40'), null, EVENT_YEAR)).toBe('unknown');
  });

  test('a birth year after the event is unknown, not a young age', () => {
    expect(ageAt(2025, 2024)).toBeNull();
    expect(ageBandOf(standardAgeBanding('esf2014'), 2025, 2024)).toBe('unknown');
  });

  test('born the year of the event is age 0', () => {
    expect(ageBandOf(standardAgeBanding('eurostat'), 2024, 2024)).toBe('<16');
  });

  test('a fractional year is refused', () => {
    expect(() => ageAt(1990.5, 2024)).toThrow(RangeError);
    expect(() => ageAt(1990, Number.NaN)).toThrow(RangeError);
  });
});

describe('parseAgeBanding (ageScheme and ageBands parameters)', () => {
  test('esf2014 when no scheme is named', () => {
    expect(parseAgeBanding(undefined, undefined)).toBe(standardAgeBanding('esf2014'));
    expect(parseAgeBanding('', '')).toBe(standardAgeBanding('esf2014'));
  });

  test.each(['esf2014', 'esfplus', 'eurostat'] as const)('%s by name', (scheme) => {
    expect(parseAgeBanding(scheme, undefined).scheme).toBe(scheme);
  });

  test('custom with bands', () => {
    const banding = parseAgeBanding('custom', '25-40,41-64');
    expect(banding.scheme).toBe('custom');
    expect(banding.bands).toEqual([
      { label: '25-40', min: 25, max: 40 },
      { label: '41-64', min: 41, max: 64 },
    ]);
  });

  test('an unknown scheme is refused (names are case-sensitive)', () => {
    expect(breakdownError(() => parseAgeBanding('ESF2014', undefined))).toEqual({
      code: 'breakdown.age-scheme-unknown',
      parameter: 'ageScheme',
      band: null,
    });
  });

  test('a repeated ageScheme (an array) is refused', () => {
    expect(breakdownError(() => parseAgeBanding(['esf2014', 'eurostat'], undefined))?.code).toBe(
      'breakdown.age-scheme-unknown',
    );
  });

  test.each([undefined, null, ''])('custom without ageBands (%p) is refused', (ageBands) => {
    expect(breakdownError(() => parseAgeBanding('custom', ageBands))).toEqual({
      code: 'breakdown.age-bands-missing',
      parameter: 'ageBands',
      band: null,
    });
  });

  test('ageBands with a standard scheme is refused, not ignored', () => {
    expect(breakdownError(() => parseAgeBanding('esfplus', '25-40'))?.code).toBe(
      'breakdown.age-bands-unexpected',
    );
    expect(breakdownError(() => parseAgeBanding(undefined, '25-40'))?.code).toBe(
      'breakdown.age-bands-unexpected',
    );
  });

  test('a repeated ageBands (an array) is refused', () => {
    expect(breakdownError(() => parseAgeBanding('custom', ['25-40', '41-64']))?.code).toBe(
      'breakdown.age-bands-malformed',
    );
  });
});

describe('parseCustomAgeBands', () => {
  test('spaces around bands and dashes are allowed; bands are shown by age', () => {
    expect(ageBandCells(parseCustomAgeBands(' 41-64 , 25 - 40 '))).toEqual([
      '25-40',
      '41-64',
      'other',
      'unknown',
    ]);
  });

  test('leading zeros are dropped from labels', () => {
    expect(parseCustomAgeBands('025-040').bands[0]?.label).toBe('25-40');
  });

  test('20 bands are allowed', () => {
    const bands = Array.from({ length: 20 }, (_, i) => `${i * 5}-${i * 5 + 4}`).join(',');
    expect(parseCustomAgeBands(bands).bands).toHaveLength(20);
  });

  test.each(['', '   ', ',', ' , '])('an empty list (%p) is refused', (text) => {
    expect(breakdownError(() => parseCustomAgeBands(text))).toEqual({
      code: 'breakdown.age-bands-empty',
      parameter: 'ageBands',
      band: null,
    });
  });

  test('an empty band between commas is refused, naming its position', () => {
    expect(breakdownError(() => parseCustomAgeBands('25-40,,41-64'))).toEqual({
      code: 'breakdown.age-band-malformed',
      parameter: 'ageBands',
      band: '',
    });
    expect(messageOf(() => parseCustomAgeBands('25-40,'))).toContain('Band 2');
  });

  test.each(['a-b', '25', '25-', '-40', '25-40-50', '-5-10', '25.5-40', '25_40', '25–40', '65+'])(
    'a band that is not two whole ages (%p) is refused',
    (written) => {
      expect(breakdownError(() => parseCustomAgeBands(`18-24,${written}`))).toEqual({
        code: 'breakdown.age-band-malformed',
        parameter: 'ageBands',
        band: written,
      });
    },
  );

  test('lo above hi is refused, naming the band', () => {
    expect(breakdownError(() => parseCustomAgeBands('18-24,40-25'))).toEqual({
      code: 'breakdown.age-band-reversed',
      parameter: 'ageBands',
      band: '40-25',
    });
    expect(messageOf(() => parseCustomAgeBands('18-24,40-25'))).toBe(
      'Band 2 of "ageBands" ("40-25") starts at 40, above its end 25; write the lower age first (25-40).',
    );
  });

  test('an age above 150 is refused', () => {
    expect(breakdownError(() => parseCustomAgeBands('65-200'))).toEqual({
      code: 'breakdown.age-band-out-of-range',
      parameter: 'ageBands',
      band: '65-200',
    });
  });

  test('overlapping bands are refused, naming both', () => {
    expect(breakdownError(() => parseCustomAgeBands('25-40,35-50'))).toEqual({
      code: 'breakdown.age-bands-overlap',
      parameter: 'ageBands',
      band: '35-50',
    });
    expect(messageOf(() => parseCustomAgeBands('25-40,35-50'))).toBe(
      'Bands "25-40" and "35-50" of "ageBands" overlap (ages 35 to 40 are in both); each age may be in one band only.',
    );
  });

  test('bands sharing one end age overlap', () => {
    expect(breakdownError(() => parseCustomAgeBands('25-40,40-64'))?.code).toBe(
      'breakdown.age-bands-overlap',
    );
  });

  test('a band inside another overlaps, whatever the order written', () => {
    expect(breakdownError(() => parseCustomAgeBands('30-35,20-60'))).toEqual({
      code: 'breakdown.age-bands-overlap',
      parameter: 'ageBands',
      band: '20-60',
    });
    expect(messageOf(() => parseCustomAgeBands('30-35,20-60'))).toContain('ages 30 to 35');
  });

  test('a band given twice overlaps', () => {
    expect(breakdownError(() => parseCustomAgeBands('25-40,25-40'))?.code).toBe(
      'breakdown.age-bands-overlap',
    );
  });

  test('more than 20 bands are refused', () => {
    const bands = Array.from({ length: 21 }, (_, i) => `${i * 5}-${i * 5 + 4}`).join(',');
    expect(breakdownError(() => parseCustomAgeBands(bands))?.code).toBe(
      'breakdown.age-bands-too-many',
    );
  });

  test('adjacent bands (40 then 41) are accepted', () => {
    expect(parseCustomAgeBands('25-40,41-64').bands).toHaveLength(2);
  });
});
