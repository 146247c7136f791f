/** `POST /api/courses/import` applied the whole file. */
export interface CourseImportResult {
  /** Data rows applied. */
  readonly applied: number;
  readonly coursesCreated: number;
  readonly coursesUpdated: number;
}

/** A course of the catalogue (`GET /api/courses`). */
export interface Course {
  readonly activityId: string;
  readonly title: string;
  readonly format: string;
  readonly mode: string;
  readonly programme: string | null;
  readonly tags: readonly string[];
}

/** An activity statements treat as a course that the catalogue lacks. */
export interface UncataloguedActivity {
  readonly activityId: string;
  /** An xAPI language map from the activity's definition, if statements brought one. */
  readonly name: Readonly<Record<string, string>> | null;
  readonly type: string | null;
  readonly statements: number;
}

/** The catalogue's columns (spec section 9), in any order in a file; `@fita/metrics` has the same list. */
export const COURSE_CATALOGUE_COLUMNS = [
  'activity_id',
  'title',
  'format',
  'mode',
  'programme',
  'tags',
] as const;
