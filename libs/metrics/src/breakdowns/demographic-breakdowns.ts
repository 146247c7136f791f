import {
  EMPLOYMENT_STATUSES,
  SEXES,
  type Demographics,
  type EmploymentStatus,
  type Sex,
} from '../contracts/learner-registry.js';
import { ageBandOf, type AgeBanding } from './age-bands.js';
import { UNKNOWN_CELL } from './breakdown-keys.js';

export const SEX_CELLS = [...SEXES, UNKNOWN_CELL] as const;
export type SexCell = (typeof SEX_CELLS)[number];

export const EDUCATION_CELLS = ['isced0-2', 'isced3-4', 'isced5-8', UNKNOWN_CELL] as const;
export type EducationCell = (typeof EDUCATION_CELLS)[number];

export const EMPLOYMENT_CELLS = [...EMPLOYMENT_STATUSES, UNKNOWN_CELL] as const;
export type EmploymentCell = (typeof EMPLOYMENT_CELLS)[number];

/** Between a municipality and its district in a residence cell: `Barcelona · Gràcia`. */
export const RESIDENCE_SEPARATOR = ' · ';

/** What an actor key outside the registry is known by (spec section 2): nothing. */
export const UNKNOWN_DEMOGRAPHICS: Readonly<Demographics> = Object.freeze({
  sex: null,
  birthYear: null,
  iscedLevel: null,
  employmentStatus: null,
  municipality: null,
  district: null,
});

// The registry import and the database constraints keep values to the
// contract, so a value outside it is a bug upstream: it is refused here rather
// than counted as unknown, which would hide it.

export function sexCellOf(sex: Sex | null): SexCell {
  if (sex === null) return UNKNOWN_CELL;
  if (!(SEXES as readonly string[]).includes(sex)) {
    throw new RangeError(
      `${JSON.stringify(sex)} is not a sex of the registry (${SEXES.join(', ')}).`,
    );
  }
  return sex;
}

/** ISCED 2011 levels 0-8 in the three groups funders report. */
export function educationCellOf(iscedLevel: number | null): EducationCell {
  if (iscedLevel === null) return UNKNOWN_CELL;
  if (!Number.isInteger(iscedLevel) || iscedLevel < 0 || iscedLevel > 8) {
    throw new RangeError(`An ISCED level is a whole number from 0 to 8, got ${iscedLevel}.`);
  }
  if (iscedLevel <= 2) return 'isced0-2';
  return iscedLevel <= 4 ? 'isced3-4' : 'isced5-8';
}

export function employmentCellOf(status: EmploymentStatus | null): EmploymentCell {
  if (status === null) return UNKNOWN_CELL;
  if (!(EMPLOYMENT_STATUSES as readonly string[]).includes(status)) {
    throw new RangeError(
      `${JSON.stringify(status)} is not an employment status of the registry (${EMPLOYMENT_STATUSES.join(', ')}).`,
    );
  }
  return status;
}

function trimmed(text: string | null): string | null {
  const value = text?.trim() ?? '';
  return value === '' ? null : value;
}

/**
 * The residence cell: the municipality as the registry writes it, trimmed
 * (case and accents kept, so `Barcelona` and `barcelona` are two cells), and
 * `Municipality · District` when a district is given. A district without a
 * municipality says nothing usable: `unknown`.
 */
export function residenceCellOf(municipality: string | null, district: string | null): string {
  const place = trimmed(municipality);
  if (place === null) return UNKNOWN_CELL;
  const part = trimmed(district);
  return part === null ? place : `${place}${RESIDENCE_SEPARATOR}${part}`;
}

// A pinned locale so the order does not depend on the runtime's default one;
// the order is for display only and never changes a figure.
const collator = new Intl.Collator('ca');

/**
 * The cells of a residence breakdown, which come from the data rather than a
 * fixed list: the distinct `keys` (from residenceCellOf) in alphabetical order,
 * a municipality's districts right after it, then `unknown`.
 */
export function residenceCells(keys: Iterable<string>): string[] {
  const distinct = new Set(keys);
  distinct.delete(UNKNOWN_CELL);
  const sorted = [...distinct].sort(
    (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return [...sorted, UNKNOWN_CELL];
}

/** A person's cell in each demographic breakdown. */
export interface DemographicCells {
  readonly sex: SexCell;
  readonly ageBand: string;
  readonly education: EducationCell;
  readonly employment: EmploymentCell;
  readonly residence: string;
}

/**
 * Every demographic cell of a person for one counted event: `eventYear` is the
 * year of the local date of the statement that decides the age (spec section
 * 5). `null` demographics are an actor key outside the registry: all unknown.
 */
export function demographicCellsOf(
  demographics: Readonly<Demographics> | null,
  eventYear: number,
  banding: AgeBanding,
): DemographicCells {
  const person = demographics ?? UNKNOWN_DEMOGRAPHICS;
  return {
    sex: sexCellOf(person.sex),
    ageBand: ageBandOf(banding, person.birthYear, eventYear),
    education: educationCellOf(person.iscedLevel),
    employment: employmentCellOf(person.employmentStatus),
    residence: residenceCellOf(person.municipality, person.district),
  };
}
