import type { IndicatorsView } from '../indicators/indicators.view.js';
import type { SnapshotRecord } from './snapshots.repository.js';

export interface SnapshotPerson {
  id: string;
  email: string;
}

/** A snapshot without its values: what the list shows. */
export interface SnapshotSummaryView {
  id: string;
  query: {
    from: string;
    to: string;
    programme: string | null;
    format: string | null;
    course: string | null;
    ageScheme: string;
    ageBands: string | null;
  };
  cutoff: string;
  definitionsVersion: string;
  timeZone: string;
  statementCount: number;
  fingerprint: string;
  createdBy: SnapshotPerson;
  createdAt: string;
  approval: { by: SnapshotPerson; at: string } | null;
  supersedes: { id: string; reason: string } | null;
  /** Derived: the snapshot that names this one as the one it corrects. */
  supersededBy: { id: string; by: string; at: string } | null;
}

export interface SnapshotListItemView extends SnapshotSummaryView {
  headline: { users: number; enrolments: number; completions: number; completers: number };
}

/** A snapshot with the whole frozen answer of the indicator engine. */
export interface SnapshotView extends SnapshotSummaryView {
  view: IndicatorsView;
}

export function summaryOf(record: SnapshotRecord): SnapshotSummaryView {
  return {
    id: record.id,
    query: storedQuestionOf(record),
    cutoff: record.cutoff.toISOString(),
    definitionsVersion: record.definitionsVersion,
    timeZone: record.timeZone,
    statementCount: record.statementCount,
    fingerprint: record.fingerprint,
    createdBy: { id: record.createdById, email: record.createdByEmail },
    createdAt: record.createdAt.toISOString(),
    approval:
      record.approvedAt && record.approvedById && record.approvedByEmail
        ? {
            by: { id: record.approvedById, email: record.approvedByEmail },
            at: record.approvedAt.toISOString(),
          }
        : null,
    supersedes:
      record.supersedes && record.supersedeReason
        ? { id: record.supersedes, reason: record.supersedeReason }
        : null,
    supersededBy:
      record.supersededById && record.supersededAt && record.supersededByEmail
        ? {
            id: record.supersededById,
            by: record.supersededByEmail,
            at: record.supersededAt.toISOString(),
          }
        : null,
  };
}

type QuestionColumns = Pick<
  SnapshotRecord,
  'periodFrom' | 'periodTo' | 'programme' | 'format' | 'course' | 'ageScheme' | 'ageBands'
>;

/** The question a snapshot row stores, as every snapshot view shows it. */
export function storedQuestionOf(record: QuestionColumns): SnapshotSummaryView['query'] {
  return {
    from: record.periodFrom,
    to: record.periodTo,
    programme: record.programme,
    format: record.format,
    course: record.course,
    ageScheme: record.ageScheme,
    ageBands: record.ageBands,
  };
}
