import { type Course } from '../../../core/api/courses.model';

/** The catalogue's formats and modes (spec section 9); `@fita/metrics` has the same lists. */
export const COURSE_FORMATS = ['mooc', 'instant', 'masterclass', 'course'] as const;
export const COURSE_MODES = ['async', 'sync'] as const;

/** What the classify form holds, as typed. */
export interface ClassifyFormValue {
  readonly activityId: string;
  readonly title: string;
  readonly format: string;
  readonly mode: string;
  readonly programme: string;
  /** Separated by `;`, as in the catalogue file. */
  readonly tags: string;
}

/** The catalogue entry to send: trimmed, no programme when blank, the tags as a list. */
export function courseFromForm(value: ClassifyFormValue): Course {
  return {
    activityId: value.activityId.trim(),
    title: value.title.trim(),
    format: value.format,
    mode: value.mode,
    programme: value.programme.trim() || null,
    tags: value.tags
      .split(';')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  };
}
