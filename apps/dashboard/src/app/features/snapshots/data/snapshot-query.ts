import { type SnapshotQuery } from '../../../core/api/snapshots.model';
import { formatCalendarDate } from '../../../shared/format/locale-format';
import { snapshotsText } from '../snapshots.messages';
import { cellLabel } from './snapshot-values';

/** The first block of a snapshot's UUID: enough to tell snapshots apart on a page. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

export function snapshotName(id: string): string {
  return snapshotsText('snapshots.name', { id: shortId(id) });
}

/** "1 Jan 2020 to 31 Dec 2020". */
export function describePeriod(query: Pick<SnapshotQuery, 'from' | 'to'>): string {
  return snapshotsText('snapshots.query.period', {
    from: formatCalendarDate(query.from),
    to: formatCalendarDate(query.to),
  });
}

/** The filters and the age scheme of the question, one line each; "Every course" when unfiltered. */
export function describeFilters(query: SnapshotQuery): string[] {
  const filters: string[] = [];
  if (query.programme !== null) {
    filters.push(snapshotsText('snapshots.query.programme', { value: query.programme }));
  }
  if (query.format !== null) {
    filters.push(
      snapshotsText('snapshots.query.format', { value: cellLabel('format', query.format) }),
    );
  }
  if (query.course !== null) {
    filters.push(snapshotsText('snapshots.query.course', { value: query.course }));
  }
  if (filters.length === 0) filters.push(snapshotsText('snapshots.query.everything'));
  filters.push(snapshotsText('snapshots.query.ageScheme', { value: ageSchemeName(query) }));
  return filters;
}

function ageSchemeName(query: Pick<SnapshotQuery, 'ageScheme' | 'ageBands'>): string {
  switch (query.ageScheme) {
    case 'esf2014':
      return snapshotsText('snapshots.scheme.esf2014');
    case 'esfplus':
      return snapshotsText('snapshots.scheme.esfplus');
    case 'eurostat':
      return snapshotsText('snapshots.scheme.eurostat');
    case 'custom':
      return snapshotsText('snapshots.scheme.custom', { bands: query.ageBands ?? '' });
    default:
      return query.ageScheme;
  }
}
