import type { RowError } from './row-error.js';

/** The course catalogue's columns (spec section 9), in any order in a file. */
export const COURSE_CATALOGUE_COLUMNS = [
  'activity_id',
  'title',
  'format',
  'mode',
  'programme',
  'tags',
] as const;
export type CourseCatalogueColumn = (typeof COURSE_CATALOGUE_COLUMNS)[number];

export const COURSE_FORMATS = ['mooc', 'instant', 'masterclass', 'course'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export const COURSE_MODES = ['async', 'sync'] as const;
export type CourseMode = (typeof COURSE_MODES)[number];

export interface CourseRow {
  row: number;
  activityId: string;
  title: string;
  format: CourseFormat;
  mode: CourseMode;
  programme: string | null;
  tags: string[];
}

export type CourseRowResult = { ok: true; value: CourseRow } | { ok: false; errors: RowError[] };

const TAG = /^[a-z0-9][a-z0-9_-]*$/;
const NUL = '\u0000';

/** Checks one data row of the catalogue, reporting every problem of the row. */
export function readCourseRow(
  record: Readonly<Record<CourseCatalogueColumn, string>>,
  row: number,
): CourseRowResult {
  const errors: RowError[] = [];
  const fail = (column: CourseCatalogueColumn, message: string) => {
    errors.push({ row, column, message });
    return null;
  };
  // Postgres text cannot hold U+0000: such a value would fail the import in the database.
  const withNul = (['activity_id', 'title', 'programme'] as const).filter((column) =>
    record[column].includes(NUL),
  );
  for (const column of withNul) {
    fail(column, 'contains the NUL character (U+0000), which cannot be stored');
  }
  const activityId = record.activity_id.trim();
  if (activityId === '') fail('activity_id', 'is required');
  else if (!withNul.includes('activity_id') && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) {
    fail('activity_id', `"${activityId}" is not an IRI (an activity id as statements carry it)`);
  }
  const title = record.title.trim();
  if (title === '') fail('title', 'is required');
  const format = choice(record.format, COURSE_FORMATS, 'format', fail);
  const mode = choice(record.mode, COURSE_MODES, 'mode', fail);
  const tags = record.tags
    .split(';')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  for (const tag of tags) {
    if (!TAG.test(tag)) {
      fail('tags', `"${tag}" is not a tag: lower-case letters, digits, - and _, separated by ;`);
    }
  }
  if (errors.length > 0 || format === null || mode === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      row,
      activityId,
      title,
      format,
      mode,
      programme: record.programme.trim() || null,
      tags: [...new Set(tags)],
    },
  };
}

function choice<T extends string>(
  raw: string,
  allowed: readonly T[],
  column: CourseCatalogueColumn,
  fail: (column: CourseCatalogueColumn, message: string) => null,
): T | null {
  const value = raw.trim();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return fail(
    column,
    value === ''
      ? `is required: one of ${allowed.join(', ')}`
      : `"${value}" is not one of ${allowed.join(', ')}`,
  );
}
