import { type PublishableSnapshot, type SnapshotQuery } from '../../../core/api/publication.model';
import { textOf } from '../../../core/i18n/translator';
import { formatCalendarDate, formatDateTime } from '../../../shared/format/locale-format';
import { PUBLICATION_MESSAGES } from '../publication.messages';
import { cellLabel } from './cell-labels';

/** The period in the interface language: "1 Jan 2020 – 31 Dec 2020". */
export function periodText(query: Pick<SnapshotQuery, 'from' | 'to'>): string {
  return `${formatCalendarDate(query.from)} – ${formatCalendarDate(query.to)}`;
}

/** The course filters in words ("programme cibernarium, format MOOC"), or null for all courses. */
export function courseFiltersText(query: SnapshotQuery): string | null {
  const parts = [
    query.programme === null
      ? null
      : textOf(PUBLICATION_MESSAGES, 'publication.details.programme', { name: query.programme }),
    query.format === null
      ? null
      : textOf(PUBLICATION_MESSAGES, 'publication.details.format', {
          name: cellLabel('format', query.format),
        }),
    query.course === null
      ? null
      : textOf(PUBLICATION_MESSAGES, 'publication.details.course', { id: query.course }),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

/** A snapshot in the list: its period, filters and cut-off, which tell two snapshots apart. */
export function snapshotOptionLabel(snapshot: PublishableSnapshot): string {
  const filters = courseFiltersText(snapshot.query);
  return textOf(PUBLICATION_MESSAGES, 'publication.snapshot.option', {
    period: periodText(snapshot.query),
    filters: filters === null ? '' : ` · ${filters}`,
    cutoff: formatDateTime(snapshot.cutoff),
  });
}
