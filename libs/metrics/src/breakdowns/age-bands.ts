import { BreakdownError } from './breakdown-error.js';
import { UNKNOWN_CELL } from './breakdown-keys.js';

export const AGE_SCHEMES = ['esf2014', 'esfplus', 'eurostat', 'custom'] as const;
export type AgeScheme = (typeof AGE_SCHEMES)[number];
export type StandardAgeScheme = Exclude<AgeScheme, 'custom'>;
/** The scheme used when a request names none (spec section 9). */
export const DEFAULT_AGE_SCHEME = 'esf2014' satisfies AgeScheme;

/** The cell of the ages a custom scheme's bands leave out (spec section 9). */
export const OTHER_AGE_CELL = 'other' as const;

/**
 * Birth years start at 1900 (spec section 9), so no age reaches this; a
 * custom band may name it to mean "and over" (`65-150`).
 */
export const MAX_CUSTOM_AGE = 150;
/** Bounds the size of the answer and of the chart. */
export const MAX_CUSTOM_BANDS = 20;

/** Ages `min` to `max` in whole years, both inclusive; `max` null is open-ended. */
export interface AgeBand {
  readonly label: string;
  readonly min: number;
  readonly max: number | null;
}

/**
 * The bands a request uses, in display order. The standard schemes cover every
 * age from 0; a custom scheme's gaps (and the ages beyond its ends) fall in
 * `other`.
 */
export interface AgeBanding {
  readonly scheme: AgeScheme;
  readonly bands: readonly AgeBand[];
}

function band(label: string, min: number, max: number | null): AgeBand {
  return Object.freeze({ label, min, max });
}

function banding(scheme: AgeScheme, bands: AgeBand[]): AgeBanding {
  return Object.freeze({ scheme, bands: Object.freeze(bands) });
}

// Labels exactly as spec section 5 writes them: they are the API's cell keys.
const STANDARD_BANDINGS: Readonly<Record<StandardAgeScheme, AgeBanding>> = Object.freeze({
  esf2014: banding('esf2014', [band('<25', 0, 24), band('25-54', 25, 54), band('>54', 55, null)]),
  esfplus: banding('esfplus', [
    band('<18', 0, 17),
    band('18-29', 18, 29),
    band('30-54', 30, 54),
    band('55+', 55, null),
  ]),
  eurostat: banding('eurostat', [
    band('<16', 0, 15),
    band('16-24', 16, 24),
    band('25-34', 25, 34),
    band('35-44', 35, 44),
    band('45-54', 45, 54),
    band('55-64', 55, 64),
    band('65-74', 65, 74),
    band('75+', 75, null),
  ]),
});

/** The bands of `esf2014`, `esfplus` or `eurostat`. */
export function standardAgeBanding(scheme: StandardAgeScheme): AgeBanding {
  const found = STANDARD_BANDINGS[scheme];
  if (found === undefined)
    throw new RangeError(`${JSON.stringify(scheme)} is not a standard age scheme.`);
  return found;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * The banding a request asks for, from its `ageScheme` and `ageBands`
 * parameters (spec section 9): `esf2014` when `ageScheme` is absent; `custom`
 * needs `ageBands`, and `ageBands` is refused with any other scheme rather than
 * silently ignored.
 */
export function parseAgeBanding(ageScheme: unknown, ageBands: unknown): AgeBanding {
  const scheme = parseAgeScheme(ageScheme);
  if (scheme !== 'custom') {
    if (!isAbsent(ageBands)) {
      throw new BreakdownError(
        'breakdown.age-bands-unexpected',
        'ageBands',
        `"ageBands" is only read with ageScheme=custom, and ageScheme is ${scheme}; add ageScheme=custom or leave "ageBands" out.`,
      );
    }
    return standardAgeBanding(scheme);
  }
  if (isAbsent(ageBands)) {
    throw new BreakdownError(
      'breakdown.age-bands-missing',
      'ageBands',
      'ageScheme=custom needs "ageBands": comma-separated lo-hi bands, such as 25-40,41-64.',
    );
  }
  if (typeof ageBands !== 'string') {
    // Query strings such as ?ageBands=a&ageBands=b arrive as arrays.
    throw new BreakdownError(
      'breakdown.age-bands-malformed',
      'ageBands',
      '"ageBands" must be given once, its bands separated by commas, such as 25-40,41-64.',
    );
  }
  return parseCustomAgeBands(ageBands);
}

function parseAgeScheme(value: unknown): AgeScheme {
  if (isAbsent(value)) return DEFAULT_AGE_SCHEME;
  if (typeof value === 'string' && (AGE_SCHEMES as readonly string[]).includes(value)) {
    return value as AgeScheme;
  }
  throw new BreakdownError(
    'breakdown.age-scheme-unknown',
    'ageScheme',
    `"ageScheme" must be one of ${AGE_SCHEMES.join(', ')}; got ${JSON.stringify(value)}.`,
  );
}

const CUSTOM_BAND = /^(\d+)\s*-\s*(\d+)$/;

/**
 * Reads the `ageBands` value of a custom scheme: comma-separated `lo-hi`
 * bands, both ends inclusive whole ages (`25-40,41-64`). Spaces around bands
 * and around the dash are allowed; the bands may come in any order and are
 * shown by age. Every band is checked and the first problem is reported,
 * naming the band.
 */
export function parseCustomAgeBands(text: string): AgeBanding {
  const items = text.split(',').map((item) => item.trim());
  if (items.every((item) => item === '')) {
    throw new BreakdownError(
      'breakdown.age-bands-empty',
      'ageBands',
      '"ageBands" lists no band; give comma-separated lo-hi bands, such as 25-40,41-64.',
    );
  }
  if (items.length > MAX_CUSTOM_BANDS) {
    throw new BreakdownError(
      'breakdown.age-bands-too-many',
      'ageBands',
      `"ageBands" lists ${items.length} bands; at most ${MAX_CUSTOM_BANDS} are allowed.`,
    );
  }
  const parsed = items.map((item, index) => ({
    ...readCustomBand(item, index + 1),
    written: item,
  }));
  const byAge = [...parsed].sort((a, b) => a.min - b.min || a.max - b.max);
  for (let index = 1; index < byAge.length; index += 1) {
    const lower = byAge[index - 1];
    const upper = byAge[index];
    if (upper.min <= lower.max) {
      const [first, second] =
        parsed.indexOf(lower) < parsed.indexOf(upper) ? [lower, upper] : [upper, lower];
      throw new BreakdownError(
        'breakdown.age-bands-overlap',
        'ageBands',
        `Bands "${first.written}" and "${second.written}" of "ageBands" overlap (ages ${upper.min} to ${Math.min(lower.max, upper.max)} are in both); each age may be in one band only.`,
        second.written,
      );
    }
  }
  return banding(
    'custom',
    byAge.map(({ min, max }) => band(`${min}-${max}`, min, max)),
  );
}

function readCustomBand(item: string, position: number): { min: number; max: number } {
  const where = `Band ${position} of "ageBands"`;
  if (item === '') {
    throw new BreakdownError(
      'breakdown.age-band-malformed',
      'ageBands',
      `${where} is empty; remove the extra comma.`,
      item,
    );
  }
  const match = CUSTOM_BAND.exec(item);
  if (match === null) {
    throw new BreakdownError(
      'breakdown.age-band-malformed',
      'ageBands',
      `${where} (${JSON.stringify(item)}) is not two whole ages written lo-hi, such as 25-40 (or 65-${MAX_CUSTOM_AGE} for 65 and over).`,
      item,
    );
  }
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (min > MAX_CUSTOM_AGE || max > MAX_CUSTOM_AGE) {
    throw new BreakdownError(
      'breakdown.age-band-out-of-range',
      'ageBands',
      `${where} ("${item}") goes beyond age ${MAX_CUSTOM_AGE}; write ${Math.min(min, MAX_CUSTOM_AGE)}-${MAX_CUSTOM_AGE} for "and over".`,
      item,
    );
  }
  if (min > max) {
    throw new BreakdownError(
      'breakdown.age-band-reversed',
      'ageBands',
      `${where} ("${item}") starts at ${min}, above its end ${max}; write the lower age first (${max}-${min}).`,
      item,
    );
  }
  return { min, max };
}

/** Every cell of the banding, in display order: its bands, `other` for custom, then `unknown`. */
export function ageBandCells(banding: AgeBanding): string[] {
  const labels = banding.bands.map((item) => item.label);
  return banding.scheme === 'custom'
    ? [...labels, OTHER_AGE_CELL, UNKNOWN_CELL]
    : [...labels, UNKNOWN_CELL];
}

/**
 * Age in whole years as spec section 5 defines it: the year of the event
 * minus `birth_year`, whatever the birthday. `null` when the birth year is
 * unknown, or after the event (impossible data, not a newborn).
 */
export function ageAt(birthYear: number | null, eventYear: number): number | null {
  if (!Number.isInteger(eventYear)) {
    throw new RangeError(`The year of the event must be a whole number, got ${eventYear}.`);
  }
  if (birthYear === null) return null;
  if (!Number.isInteger(birthYear)) {
    throw new RangeError(`A birth year must be a whole number or null, got ${birthYear}.`);
  }
  const age = eventYear - birthYear;
  return age < 0 ? null : age;
}

/** The cell of a person in the banding, for an event in `eventYear`. */
export function ageBandOf(
  banding: AgeBanding,
  birthYear: number | null,
  eventYear: number,
): string {
  const age = ageAt(birthYear, eventYear);
  if (age === null) return UNKNOWN_CELL;
  const found = banding.bands.find(
    (item) => item.min <= age && (item.max === null || age <= item.max),
  );
  if (found !== undefined) return found.label;
  if (banding.scheme === 'custom') return OTHER_AGE_CELL;
  throw new RangeError(`Age ${age} is in no band of ${banding.scheme}.`);
}
