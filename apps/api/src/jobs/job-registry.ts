import type { JobsOptions } from 'bullmq';

/**
 * The one table of Fita's background work: each job name, its payload type,
 * the queue it runs on and its options. Names are stable strings, entity
 * first, never derived from class names.
 */
export const QUEUE_NAMES = ['indicators', 'snapshots', 'exports', 'privacy'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'indicators-refresh': { reason: 'ingest' | 'schedule' | 'manual' };
  'indicators-rebuild': { requestedBy: string };
  'snapshot-create': SnapshotCreatePayload;
  /** The export row holds the request; the job builds its file. */
  'export-build': { exportId: string };
  /** Deletes the export files older than FITA_EXPORT_RETENTION_DAYS. */
  'exports-expire': { reason: 'schedule' };
  /** Carries out every due erasure request (ADR 0013); the requests are rows. */
  'privacy-erasure': { reason: 'schedule' | 'recorded' };
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
  'exports-expire': {
    queue: 'exports',
    options: {
      deduplication: { id: 'exports-expire' },
      attempts: 3,
      backoff: { type: 'exponential', delay: 10_000 },
      removeOnComplete: { count: 100 },
      removeOnFail: { count: 1_000 },
    },
  },
  'privacy-erasure': {
    queue: 'privacy',
    options: {
      // One run covers every request due: one waits while another runs.
      deduplication: { id: 'privacy-erasure', keepLastIfActive: true },
      attempts: 5,
      backoff: { type: 'exponential', delay: 10_000 },
      removeOnComplete: { count: 100 },
      removeOnFail: { count: 1_000 },
    },
  },
};

/**
 * Safety net: a refresh every minute even if an enqueue after ingestion was
 * lost; erasures daily, since a retention period ends with no request; and
 * the expiry of old export files hourly.
 */
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
  {
    id: 'privacy-erasure-daily',
    job: 'privacy-erasure',
    everyMs: 24 * 3_600_000,
    payload: { reason: 'schedule' },
  },
  {
    id: 'exports-expire-hourly',
    job: 'exports-expire',
    everyMs: 3_600_000,
    payload: { reason: 'schedule' },
  },
];
