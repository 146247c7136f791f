import { type SaveState } from '../../../core/api/save-state';
import { type SnapshotJob } from '../../../core/api/snapshots.model';

/** The steps a snapshot job goes through, in order (the API's `progress.stage`, queued first). */
export const JOB_STAGES = ['queued', 'refreshing', 'computing', 'storing'] as const;
export type JobStage = (typeof JOB_STAGES)[number];

export interface FollowedJob {
  readonly jobId: string;
  readonly snapshotId: string;
}

/** A request for a snapshot, from the form to the stored snapshot. */
export type SnapshotJobState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  /** The API refused the request: nothing was queued. */
  | { readonly status: 'refused'; readonly failure: SaveState }
  | (FollowedJob & {
      readonly status: 'running';
      readonly stage: JobStage;
      /** Statements brought up to date so far, when the job says. */
      readonly processed: number | null;
    })
  | (FollowedJob & { readonly status: 'done' })
  | (FollowedJob & { readonly status: 'failed'; readonly error: string | null })
  /** The job may still run, but asking about it failed. */
  | (FollowedJob & {
      readonly status: 'unchecked';
      readonly stage: JobStage;
      readonly processed: number | null;
      readonly error: string;
    });

export const JOB_IDLE: SnapshotJobState = { status: 'idle' };

/** What the API says of the job, as a state. */
export function jobStateOf(job: SnapshotJob, followed: FollowedJob): SnapshotJobState {
  const ids = { jobId: followed.jobId, snapshotId: job.snapshotId ?? followed.snapshotId };
  switch (job.state) {
    case 'completed':
      return { ...ids, status: 'done' };
    case 'failed':
      return { ...ids, status: 'failed', error: job.error };
    case 'active':
      return { ...ids, status: 'running', ...progressOf(job.progress) };
    default:
      // waiting, delayed (between attempts), prioritized: not started, or about to start again.
      return { ...ids, status: 'running', stage: 'queued', processed: null };
  }
}

/**
 * `{ stage, processed }` as the worker reports it. A job that has not reported
 * yet (BullMQ's progress is then 0) is starting its first step.
 */
function progressOf(progress: unknown): { stage: JobStage; processed: number | null } {
  if (typeof progress !== 'object' || progress === null) {
    return { stage: 'refreshing', processed: null };
  }
  const { stage, processed } = progress as { stage?: unknown; processed?: unknown };
  const known = JOB_STAGES.find((candidate) => candidate === stage);
  return {
    // `done` comes just before the job completes: the last step is finishing.
    stage: known ?? (stage === 'done' ? 'storing' : 'refreshing'),
    processed: typeof processed === 'number' && Number.isFinite(processed) ? processed : null,
  };
}

/** 1-based step of a stage, for "Step 2 of 4". */
export function stepOf(stage: JobStage): number {
  return JOB_STAGES.indexOf(stage) + 1;
}
