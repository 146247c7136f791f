import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, conflict, forbidden, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import type { NewSnapshotRequest } from './dto/new-snapshot.dto.js';
import { storedQueryOf } from './snapshot-query.js';
import { FrozenSnapshots } from './frozen-snapshots.service.js';
import { compareValues, type ValueComparison } from './snapshot-values.js';
import {
  summaryOf,
  type SnapshotListItemView,
  type SnapshotSummaryView,
  type SnapshotView,
} from './snapshot.view.js';
import { alreadySuperseded, snapshotNotFound } from './snapshot-errors.js';
import { SnapshotsRepository } from './snapshots.repository.js';

export interface SnapshotJobAccepted {
  jobId: string;
  /** The id the snapshot will have once the job is done. */
  snapshotId: string;
  /** Where to follow the job. */
  status: string;
}

export interface SnapshotJobView {
  jobId: string;
  /** BullMQ's state: waiting, active, delayed (between attempts), completed, failed. */
  state: string;
  /** `{ stage, processed }` while it runs: refreshing the facts, computing, storing. */
  progress: unknown;
  snapshotId: string | null;
  error: string | null;
}

export interface SnapshotComparisonView {
  a: SnapshotSummaryView;
  b: SnapshotSummaryView;
  statementCount: { a: number; b: number; difference: number };
  fingerprintsEqual: boolean;
  /** Every value of either snapshot: totals, ratios, growth and breakdown cells. */
  values: ValueComparison[];
}

/** Snapshots (spec section 7): asked for, listed, read, compared and approved. */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly repository: SnapshotsRepository,
    private readonly frozen: FrozenSnapshots,
    private readonly jobs: JobQueues,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /**
   * Queues the job that freezes the snapshot. What it corrects is checked
   * now, so a mistake is reported to the person asking rather than in a
   * failed job; the database checks it again when the snapshot is stored.
   */
  async request(
    request: NewSnapshotRequest,
    user: AuthenticatedUser,
  ): Promise<SnapshotJobAccepted> {
    if (request.supersedes) {
      const earlier = await this.repository.find(request.supersedes.id);
      if (!earlier) {
        throw new AppError(
          'snapshots.supersedes_unknown',
          `There is no snapshot ${request.supersedes.id} to supersede.`,
          422,
          [{ field: 'supersedes', message: 'names no snapshot' }],
        );
      }
      if (earlier.supersededById) {
        throw alreadySuperseded(earlier.id, earlier.supersededById);
      }
    }
    const snapshotId = randomUUID();
    const jobId = await this.jobs.add(
      'snapshot-create',
      {
        snapshotId,
        query: storedQueryOf(request.query),
        ...(request.query.cutoff ? { cutoff: request.query.cutoff.toISOString() } : {}),
        ...(request.supersedes ? { supersedes: request.supersedes } : {}),
        createdBy: { id: user.id, email: user.email },
      },
      // The snapshot's id as the job's: asking twice cannot queue it twice.
      { jobId: snapshotId },
    );
    return { jobId, snapshotId, status: `/api/snapshots/jobs/${jobId}` };
  }

  async job(jobId: string): Promise<SnapshotJobView> {
    const status = await this.jobs.status('snapshot-create', jobId);
    if (!status) {
      // The queue forgets finished jobs after a while; the snapshot row stays.
      const stored = await this.repository.find(jobId);
      if (!stored) throw notFound('snapshots.job_not_found', `There is no snapshot job ${jobId}.`);
      return { jobId, state: 'completed', progress: null, snapshotId: stored.id, error: null };
    }
    const result = status.returnValue as { snapshotId?: unknown } | null | undefined;
    return {
      jobId,
      state: status.state,
      progress: status.progress,
      snapshotId:
        status.state === 'completed' && typeof result?.snapshotId === 'string'
          ? result.snapshotId
          : null,
      error: status.state === 'failed' ? status.failedReason : null,
    };
  }

  async list(): Promise<SnapshotListItemView[]> {
    const rows = await this.repository.list();
    return rows.map((row) => ({
      ...summaryOf(row),
      headline: {
        users: row.headline['users'] ?? 0,
        enrolments: row.headline['enrolments'] ?? 0,
        completions: row.headline['completions'] ?? 0,
        completers: row.headline['completers'] ?? 0,
      },
    }));
  }

  get(id: string): Promise<SnapshotView> {
    return this.frozen.snapshot(id);
  }

  async compare(aId: string, bId: string): Promise<SnapshotComparisonView> {
    const [a, b] = await Promise.all([this.get(aId), this.get(bId)]);
    const { view: aView, ...aSummary } = a;
    const { view: bView, ...bSummary } = b;
    return {
      a: aSummary,
      b: bSummary,
      statementCount: {
        a: a.statementCount,
        b: b.statementCount,
        difference: b.statementCount - a.statementCount,
      },
      fingerprintsEqual: a.fingerprint === b.fingerprint,
      values: compareValues(aView, bView),
    };
  }

  /**
   * Records who approved the snapshot and when, once. Four eyes: whoever
   * created a snapshot cannot approve it, as an audit trail of declared
   * figures expects preparation and approval by different people.
   */
  async approve(id: string, user: AuthenticatedUser): Promise<SnapshotSummaryView> {
    const snapshot = await this.repository.find(id);
    if (!snapshot) throw snapshotNotFound(id);
    if (snapshot.createdById === user.id) {
      throw forbidden(
        'snapshots.self_approval',
        'A snapshot must be approved by someone other than the person who created it.',
      );
    }
    const outcome = await this.repository.approve(
      id,
      { id: user.id, email: user.email },
      this.clock.now(),
    );
    if (outcome === 'not_found') throw snapshotNotFound(id);
    if (outcome === 'already_approved') {
      const approved = await this.repository.find(id);
      throw conflict(
        'snapshots.already_approved',
        `Snapshot ${id} was already approved by ${approved?.approvedByEmail ?? 'someone'} at ${approved?.approvedAt?.toISOString() ?? '?'}; an approval is never changed.`,
      );
    }
    const approved = await this.repository.find(id);
    if (!approved) throw snapshotNotFound(id);
    return summaryOf(approved);
  }
}
