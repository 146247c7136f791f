import { FORMAT_CELLS, parseAgeBanding, type FormatCell } from '@fita/metrics';
import type { SnapshotCreatePayload } from '../../jobs/job-registry.js';
import type { CourseFilters, IndicatorQuery } from '../indicators/indicator-query.js';
import type { SnapshotSummaryView } from './snapshot.view.js';

/** The question a snapshot answers, in the plain form a job payload and a row carry. */
export type StoredQuery = SnapshotCreatePayload['query'];

/** An indicator query that names its cut-off: the only kind a snapshot is made of. */
export type QueryAtCutoff = IndicatorQuery & { cutoff: Date };

export function storedQueryOf(query: IndicatorQuery): StoredQuery {
  const { period, banding, filters } = query;
  return {
    from: period.from,
    to: period.to,
    ...filters,
    ageScheme: banding.scheme,
    // Custom bands are kept as their labels, which parse back to the same bands.
    ...(banding.scheme === 'custom'
      ? { ageBands: banding.bands.map((band) => band.label).join(',') }
      : {}),
  };
}

/** Reads a stored question back; it was validated when asked, so a failure here is a bug. */
export function queryAtCutoff(stored: StoredQuery, cutoff: Date): QueryAtCutoff {
  const filters: CourseFilters = {};
  if (stored.programme !== undefined) filters.programme = stored.programme;
  if (stored.course !== undefined) filters.course = stored.course;
  if (stored.format !== undefined) {
    const format = FORMAT_CELLS.find(
      (cell): cell is Exclude<FormatCell, 'unknown'> =>
        cell !== 'unknown' && cell === stored.format,
    );
    if (format === undefined) throw new Error(`A stored query has the format ${stored.format}.`);
    filters.format = format;
  }
  return {
    period: { from: stored.from, to: stored.to },
    banding: parseAgeBanding(stored.ageScheme, stored.ageBands),
    filters,
    cutoff,
    // What auditors sign counts everyone, restricted persons included (ADR 0013).
    purpose: 'funding',
  };
}

/** The question a snapshot answered, at its cut-off: what verification, evidence and exports ask again. */
export function queryOfSnapshot(snapshot: SnapshotSummaryView): QueryAtCutoff {
  const { query } = snapshot;
  return queryAtCutoff(
    {
      from: query.from,
      to: query.to,
      ...(query.programme !== null ? { programme: query.programme } : {}),
      ...(query.format !== null ? { format: query.format } : {}),
      ...(query.course !== null ? { course: query.course } : {}),
      ageScheme: query.ageScheme,
      ...(query.ageBands !== null ? { ageBands: query.ageBands } : {}),
    },
    new Date(snapshot.cutoff),
  );
}
