import type { JobsOptions } from 'bullmq';

/**
 * The one table of Fita's background work: each job name, its payload type,
 * the queue it runs on and its options. Names are stable strings, entity
 * first, never derived from class names.
 */
export const QUEUE_NAMES = ['indicators', 'snapshots', 'exports'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'indicators-refresh': { reason: 'ingest' | 'schedule' | 'manual' };
  'indicators-rebuild': { requestedBy: string };
  'snapshot-create': SnapshotCreatePayload;
  /** The export row holds the request; the job builds its file. */
  'export-build': { exportId: string };
}
export type JobName = keyof JobPayloads;

/**
 * A snapshot to freeze: its id is chosen when it is asked for, so a job run
 * twice stores it once. Without `cutoff` the job pins the instant it starts.
 */
export interface SnapshotCreatePayload {
  snapshotId: string;
  query: {
    from: string;
    to: string;
    programme?: string;
    format?: string;
    course?: string;
    ageScheme: string;
    ageBands?: string;
  };
  cutoff?: string;
  supersedes?: { id: string; reason: string };
  createdBy: { id: string; email: string };
}

interface JobDefinition {
  queue: QueueName;
  options: JobsOptions;
}

export const JOBS: Record<JobName, JobDefinition> = {
  'indicators-refresh': {
    queue: 'indicators',
    options: {
      // At most one refresh runs and one waits: statements that arrive while a
      // refresh runs are picked up by the waiting one, never lost, never doubled.
      deduplication: { id: 'indicators-refresh', keepLastIfActive: true },
      attempts: 10,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { count: 100 },
      removeOnFail: { count: 1_000 },
    },
  },
  'indicators-rebuild': {
    queue: 'indicators',
    options: {
      // A rebuild asked for while one waits would redo the same work.
      deduplication: { id: 'indicators-rebuild' },
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: { count: 100 },
      removeOnFail: { count: 1_000 },
    },
  },
  'snapshot-create': {
    queue: 'snapshots',
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      // Kept a week so a client can read how its job ended; the snapshot row outlives it.
      removeOnComplete: { age: 7 * 24 * 3_600, count: 1_000 },
      removeOnFail: { age: 30 * 24 * 3_600, count: 1_000 },
    },
  },
  'export-build': {
    queue: 'exports',
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      // The export row outlives the job: it is what the dashboard reads.
      removeOnComplete: { age: 7 * 24 * 3_600, count: 1_000 },
      removeOnFail: { age: 30 * 24 * 3_600, count: 1_000 },
    },
  },
};

/** Safety net: a refresh every minute even if an enqueue after ingestion was lost. */
export const JOB_SCHEDULES: {
  id: string;
  job: JobName;
  everyMs: number;
  payload: JobPayloads[JobName];
}[] = [
  {
    id: 'indicators-refresh-every-minute',
    job: 'indicators-refresh',
    everyMs: 60_000,
    payload: { reason: 'schedule' },
  },
];
