import { type Course } from '../../../core/api/courses.model';
import { type FormatFilter } from '../../../core/api/indicator-figures.model';

/**
 * Whether a chosen course can still count under a programme and format: if
 * not, the figures would silently be zero, so the bar drops the course
 * filter. A course outside the catalogue has no programme and is
 * `uncatalogued`.
 */
export function courseFitsFilters(
  course: Course | null,
  filters: { readonly programme: string | null; readonly format: FormatFilter | null },
): boolean {
  const programme = course?.programme ?? null;
  const format = course?.format ?? 'uncatalogued';
  return (
    (filters.programme === null || filters.programme === programme) &&
    (filters.format === null || filters.format === format)
  );
}
