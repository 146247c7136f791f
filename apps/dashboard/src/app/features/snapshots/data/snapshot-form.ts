import { type AgeScheme, type FormatFilter } from '../../../core/api/indicator-figures.model';
import { type NewSnapshot } from '../../../core/api/snapshots.model';
import { type SnapshotsTextKey } from '../snapshots.messages';

/** The form's fields, named as the API names them in its 400 `details`. */
export const SNAPSHOT_FIELDS = [
  'from',
  'to',
  'programme',
  'format',
  'course',
  'ageScheme',
  'ageBands',
  'cutoff',
  'reason',
] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

export interface SnapshotFormValue {
  readonly from: string;
  readonly to: string;
  readonly programme: string;
  readonly format: FormatFilter | '';
  readonly course: string;
  readonly ageScheme: AgeScheme;
  readonly ageBands: string;
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone, as a datetime-local input gives it. */
  readonly cutoff: string;
  readonly reason: string;
  readonly withReason: boolean;
}

/** As the API reads `ageBands`: `lo-hi` pairs separated by commas. */
const AGE_BANDS = /^\d+-\d+(,\d+-\d+)*$/;
/** The API's limit on a correction's reason. */
export const MAX_REASON = 2_000;

/** `YYYY-MM-DDTHH:mm` of a moment in the browser's time zone, for a datetime-local input. */
export function localDateTime(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}`
  );
}

/** The instant a datetime-local value names, or null when it names none. */
export function cutoffInstant(local: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  // Without a zone, a date-time string is read in the browser's time zone, as the picker shows it.
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The text key of what is wrong with one field, or null. */
export function problemOf(
  field: SnapshotField,
  value: SnapshotFormValue,
  now: Date,
): SnapshotsTextKey | null {
  switch (field) {
    case 'from':
      return value.from === '' ? 'snapshots.form.error.fromRequired' : null;
    case 'to':
      if (value.to === '') return 'snapshots.form.error.toRequired';
      return value.from !== '' && value.to < value.from
        ? 'snapshots.form.error.toBeforeFrom'
        : null;
    case 'ageBands': {
      if (value.ageScheme !== 'custom') return null;
      const bands = value.ageBands.replace(/\s+/g, '');
      if (bands === '') return 'snapshots.form.error.bandsRequired';
      return AGE_BANDS.test(bands) ? null : 'snapshots.form.error.bandsFormat';
    }
    case 'cutoff': {
      const instant = cutoffInstant(value.cutoff);
      if (instant === null) return 'snapshots.form.error.cutoffRequired';
      return instant.getTime() > now.getTime() ? 'snapshots.form.error.cutoffFuture' : null;
    }
    case 'reason': {
      if (!value.withReason) return null;
      const reason = value.reason.trim();
      if (reason === '') return 'snapshots.form.error.reasonRequired';
      return reason.length > MAX_REASON ? 'snapshots.form.error.reasonTooLong' : null;
    }
    default:
      return null;
  }
}

/** The body of `POST /api/snapshots`, without what it supersedes; empty filters are left out. */
export function requestOf(value: SnapshotFormValue): NewSnapshot {
  const programme = value.programme.trim();
  const course = value.course.trim();
  const cutoff = cutoffInstant(value.cutoff);
  return {
    from: value.from,
    to: value.to,
    ...(programme ? { programme } : {}),
    ...(value.format ? { format: value.format } : {}),
    ...(course ? { course } : {}),
    ageScheme: value.ageScheme,
    ...(value.ageScheme === 'custom' ? { ageBands: value.ageBands.replace(/\s+/g, '') } : {}),
    ...(cutoff ? { cutoff: cutoff.toISOString() } : {}),
    ...(value.withReason ? { reason: value.reason.trim() } : {}),
  };
}
