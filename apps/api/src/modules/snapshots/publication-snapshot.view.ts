import type { PublishableSnapshotRecord } from './snapshots.repository.js';
import { storedQuestionOf, type SnapshotSummaryView } from './snapshot.view.js';

/**
 * A snapshot whose figures may be published: approved and not superseded.
 * What communications staff need to choose one (the question it answers and
 * its dates), and nothing about who created or approved it.
 */
export interface PublishableSnapshotView {
  id: string;
  query: SnapshotSummaryView['query'];
  cutoff: string;
  definitionsVersion: string;
  approvedAt: string;
}

export function publishableSnapshotOf(record: PublishableSnapshotRecord): PublishableSnapshotView {
  return {
    id: record.id,
    query: storedQuestionOf(record),
    cutoff: record.cutoff.toISOString(),
    definitionsVersion: record.definitionsVersion,
    approvedAt: record.approvedAt.toISOString(),
  };
}
