import { type CourseFiguresRow } from '../../../core/api/indicator-figures.model';
import { appLocale } from '../../../core/i18n/language';
import { textOf } from '../../../core/i18n/translator';
import { courseMatches } from '../../../shared/figures/course-search';
import { FIGURE_NAMES, formatName } from '../../../shared/figures/figure-names';
import { SHARED_MESSAGES } from '../../../shared/shared.messages';
import { COURSES_MESSAGES } from '../courses.messages';

export const COURSE_COLUMNS = [
  { key: 'title', label: textOf(COURSES_MESSAGES, 'courses.column.title'), numeric: false },
  { key: 'format', label: textOf(COURSES_MESSAGES, 'courses.column.format'), numeric: false },
  {
    key: 'programme',
    label: textOf(COURSES_MESSAGES, 'courses.column.programme'),
    numeric: false,
  },
  { key: 'users', label: FIGURE_NAMES.users.label, numeric: true },
  { key: 'enrolments', label: FIGURE_NAMES.enrolments.label, numeric: true },
  { key: 'completions', label: FIGURE_NAMES.completions.label, numeric: true },
  {
    key: 'completionRate',
    label: textOf(SHARED_MESSAGES, 'figure.completionRate'),
    numeric: true,
  },
] as const;
export type CourseSortKey = (typeof COURSE_COLUMNS)[number]['key'];
export type SortDirection = 'asc' | 'desc';

export interface CourseSort {
  readonly key: CourseSortKey;
  readonly direction: SortDirection;
}

export const DEFAULT_COURSE_SORT: CourseSort = { key: 'enrolments', direction: 'desc' };

interface QueryParamReader {
  get(name: string): string | null;
}

/** `sort` and `dir` in the URL; the most enrolled first unless they say otherwise. */
export function readCourseSort(params: QueryParamReader): CourseSort {
  const column = COURSE_COLUMNS.find((candidate) => candidate.key === params.get('sort'));
  if (!column) return DEFAULT_COURSE_SORT;
  const dir = params.get('dir');
  return {
    key: column.key,
    direction: dir === 'asc' || dir === 'desc' ? dir : firstDirection(column.key),
  };
}

/** The sort after a click on a column: the same column turns round, another starts its own way. */
export function nextSort(current: CourseSort, key: CourseSortKey): CourseSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: firstDirection(key) };
}

/** Names A to Z, figures largest first. */
function firstDirection(key: CourseSortKey): SortDirection {
  return COURSE_COLUMNS.find((column) => column.key === key)?.numeric ? 'desc' : 'asc';
}

/** What a course is called: its catalogue title, or its id outside the catalogue. */
export function courseName(row: Pick<CourseFiguresRow, 'courseId' | 'title'>): string {
  return row.title ?? row.courseId;
}

/** Courses whose title or id holds the query (see courseMatches). */
export function searchCourses(
  rows: readonly CourseFiguresRow[],
  query: string,
): CourseFiguresRow[] {
  return rows.filter((row) => courseMatches({ id: row.courseId, title: row.title }, query));
}

const collator = new Intl.Collator(appLocale(), { sensitivity: 'base', numeric: true });

/** Sorted by one column; empty values (no programme, no rate) last either way, then by name. */
export function sortCourses(
  rows: readonly CourseFiguresRow[],
  sort: CourseSort,
): CourseFiguresRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return (
      collator.compare(courseName(a), courseName(b)) || collator.compare(a.courseId, b.courseId)
    );
  });
}

function sortValue(row: CourseFiguresRow, key: CourseSortKey): string | number | null {
  switch (key) {
    case 'title':
      return courseName(row);
    case 'format':
      return formatName(row.format);
    default:
      return row[key];
  }
}
