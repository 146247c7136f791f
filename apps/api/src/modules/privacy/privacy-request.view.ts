import type { OverlappingOperation, PrivacyRequestRow } from './privacy.repository.js';
import type { PrivacyRequestKind, SubjectNaming } from './privacy-request.entity.js';

/**
 * Where a request stands, for people: a restriction is `active` or `lifted`;
 * an erasure is `waiting` (a retention period runs, or an operation has
 * none), `due` (the next `privacy-erasure` run carries it out) or `executed`.
 */
export type PrivacyRequestState = 'active' | 'lifted' | 'waiting' | 'due' | 'executed';

export interface ErasureScheduleView {
  /** The latest retention among the operations the person took part in; null if none applies. */
  retainedUntil: string | null;
  /** The operations whose period holds some of the person's activity. */
  operations: OverlappingOperation[];
  /** Those of them without a retention period: the erasure waits until each has one. */
  withoutRetention: { operationId: string; code: string }[];
}

export interface PrivacyRequestView {
  id: string;
  kind: PrivacyRequestKind;
  status: PrivacyRequestState;
  /** The status in a sentence: why an erasure waits, when it may run, what was done. */
  statusReason: string;
  subject: { namedBy: SubjectNaming; personId: string | null; actorKeys: number };
  reference: string;
  recordedBy: { id: string; email: string };
  recordedAt: string;
  liftedBy: { id: string; email: string } | null;
  liftedAt: string | null;
  executedAt: string | null;
  erasedStatements: number | null;
  /** For a pending erasure: what it waits for. */
  erasure: ErasureScheduleView | null;
}

/** The erasure schedule against `today` (YYYY-MM-DD in the reporting time zone). */
export function erasureSchedule(operations: OverlappingOperation[]): ErasureScheduleView {
  const withoutRetention = operations
    .filter((operation) => operation.retentionUntil === null)
    .map(({ operationId, code }) => ({ operationId, code }));
  const dates = operations.flatMap((operation) =>
    operation.retentionUntil === null ? [] : [operation.retentionUntil],
  );
  const retainedUntil = dates.length === 0 ? null : dates.sort().at(-1)!;
  return { retainedUntil, operations, withoutRetention };
}

/** Whether an erasure may run today, and why (not). */
export function erasureState(
  schedule: ErasureScheduleView,
  today: string,
): { status: 'waiting' | 'due'; reason: string } {
  if (schedule.withoutRetention.length > 0) {
    const codes = schedule.withoutRetention.map((operation) => operation.code).join(', ');
    return {
      status: 'waiting',
      reason: `Waiting: operation ${codes} has no retention period (retentionUntil and legalBasis); the person took part in it, so the data may have to be kept.`,
    };
  }
  const { retainedUntil } = schedule;
  if (retainedUntil !== null && retainedUntil >= today) {
    const holding = schedule.operations
      .filter((operation) => operation.retentionUntil === retainedUntil)
      .map((operation) => `${operation.code} (${operation.legalBasis ?? ''})`)
      .join(', ');
    return {
      status: 'waiting',
      reason: `Waiting: kept until ${retainedUntil} for operation ${holding}; erased by the first run after that day.`,
    };
  }
  return {
    status: 'due',
    reason:
      schedule.operations.length === 0
        ? 'Due: the person took part in no operation; erased by the next run.'
        : `Due: every retention period has ended (the last on ${retainedUntil}); erased by the next run.`,
  };
}

export function privacyRequestViewOf(
  request: PrivacyRequestRow,
  erasure: { schedule: ErasureScheduleView; today: string } | null,
): PrivacyRequestView {
  const base = {
    id: request.id,
    kind: request.kind,
    subject: {
      namedBy: request.namedBy,
      personId: request.personId,
      actorKeys: request.actorKeys,
    },
    reference: request.reference,
    recordedBy: { id: request.recordedById, email: request.recordedByEmail },
    recordedAt: request.recordedAt.toISOString(),
    liftedBy:
      request.liftedById !== null && request.liftedByEmail !== null
        ? { id: request.liftedById, email: request.liftedByEmail }
        : null,
    liftedAt: request.liftedAt?.toISOString() ?? null,
    executedAt: request.executedAt?.toISOString() ?? null,
    erasedStatements: request.erasedStatements,
  };
  switch (request.status) {
    case 'active':
      return {
        ...base,
        status: 'active',
        statusReason:
          'Restricted: left out of live analytics; still counted in funding indicators and snapshots.',
        erasure: null,
      };
    case 'lifted':
      return {
        ...base,
        status: 'lifted',
        statusReason: `Lifted on ${base.liftedAt} by ${request.liftedByEmail}.`,
        erasure: null,
      };
    case 'executed':
      return {
        ...base,
        status: 'executed',
        statusReason: `Erased on ${base.executedAt}: identity rows and agent documents deleted, ${request.erasedStatements ?? 0} statements made anonymous.`,
        erasure: null,
      };
    case 'pending': {
      if (erasure === null) throw new Error(`Pending erasure ${request.id} without its schedule.`);
      const state = erasureState(erasure.schedule, erasure.today);
      return {
        ...base,
        status: state.status,
        statusReason: state.reason,
        erasure: erasure.schedule,
      };
    }
  }
}
