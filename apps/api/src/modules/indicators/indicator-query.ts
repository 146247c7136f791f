import type { AgeBanding, FormatCell, Period } from '@fita/metrics';

/**
 * The course filters of spec section 5. A filter narrows the statements to
 * those attributed to matching courses; once any is set, statements with no
 * course are left out. Unset filters are absent, never empty strings.
 */
export interface CourseFilters {
  /** The catalogue's `programme` column, as written there. */
  programme?: string;
  /** A catalogue format, or `uncatalogued` for courses outside the catalogue. */
  format?: Exclude<FormatCell, 'unknown'>;
  /** One course: its activity id. */
  course?: string;
}

/** Everything that decides an answer of the indicator engine. */
export interface IndicatorQuery {
  period: Period;
  banding: AgeBanding;
  filters: CourseFilters;
  /**
   * Only statements and voids stored at or before this instant are seen
   * (spec section 1). Absent: everything the facts include now.
   */
  cutoff?: Date;
  /**
   * Who the figures are for (ADR 0013). Absent: live analytics, which leave
   * out every person whose processing is restricted (GDPR art. 18).
   * `funding`: mandatory funding reporting (operations' indicators and money,
   * snapshots and what is read from them), which counts everyone.
   */
  purpose?: 'funding';
}

export function hasCourseFilter(filters: CourseFilters): boolean {
  return (
    filters.programme !== undefined || filters.format !== undefined || filters.course !== undefined
  );
}
