import { type FigureKey, type FormatFilter } from '../../core/api/indicator-figures.model';

/** How each figure reads on screen, and what it counts (spec section 5). */
export const FIGURE_NAMES: Readonly<Record<FigureKey, { label: string; counts: string }>> = {
  users: { label: 'Users', counts: 'people with at least one learning activity' },
  enrolments: { label: 'Enrolments', counts: 'first enrolments of a person in a course' },
  completions: { label: 'Completions', counts: 'first completions of a course by a person' },
};

const FORMAT_NAMES: Readonly<Record<FormatFilter, string>> = {
  mooc: 'MOOC',
  instant: 'Instant course',
  masterclass: 'Masterclass',
  course: 'Course',
  uncatalogued: 'Uncatalogued',
};

/** A course format as people say it; an unexpected value is shown as the API wrote it. */
export function formatName(format: string): string {
  return (FORMAT_NAMES as Readonly<Record<string, string>>)[format] ?? format;
}
