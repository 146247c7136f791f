import { COURSE_FORMATS, type CourseFormat } from '../contracts/course-catalogue.js';
import { UNKNOWN_CELL } from './breakdown-keys.js';

/** A course attributed by rule 3 of spec section 3: not in the catalogue, so no format. */
export const UNCATALOGUED_FORMAT = 'uncatalogued' as const;

/**
 * The `format` breakdown of enrolments and completions. `unknown` is there
 * because every breakdown has one (spec section 5); it stays 0 while every
 * counted pair has a course, catalogued or not.
 */
export const FORMAT_CELLS = [...COURSE_FORMATS, UNCATALOGUED_FORMAT, UNKNOWN_CELL] as const;
export type FormatCell = (typeof FORMAT_CELLS)[number];

/**
 * The cell of a (person, course) pair: the catalogue format of its course,
 * `uncatalogued` for a course outside the catalogue, `unknown` for no course.
 */
export function formatCellOf(format: CourseFormat | typeof UNCATALOGUED_FORMAT | null): FormatCell {
  if (format === null) return UNKNOWN_CELL;
  if (format !== UNCATALOGUED_FORMAT && !(COURSE_FORMATS as readonly string[]).includes(format)) {
    throw new RangeError(
      `${JSON.stringify(format)} is not a course format (${COURSE_FORMATS.join(', ')}) nor ${UNCATALOGUED_FORMAT}.`,
    );
  }
  return format;
}
