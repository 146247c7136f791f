import { createQueueBackend, type AnyQueue, type QueueBackend } from '../jobs/queue-backend.js';
import { JOBS } from '../jobs/job-registry.js';

/** A finished `indicators-refresh` job, as the queue recorded it. */
export interface FinishedRefresh {
  /** Milliseconds from being queued to a worker taking it. */
  waitedMs: number;
  /** Milliseconds the worker spent on it. */
  ranMs: number;
  /** Statements it folded into the facts. */
  processed: number;
  finishedOn: number;
}

/**
 * Reads the indicators queue of running Fita processes (same backend and
 * prefix), to tell how long their refresh jobs waited and ran.
 */
export class RefreshJobs {
  private readonly backend: QueueBackend;
  private readonly queue: AnyQueue;

  constructor(databaseUrl: string, prefix: string) {
    this.backend = createQueueBackend({
      redisUrl: process.env['REDIS_URL'],
      databaseUrl,
      prefix,
    });
    this.queue = this.backend.createQueue(JOBS['indicators-refresh'].queue);
  }

  /** Completed refreshes that finished after `since` (epoch ms) and folded statements in. */
  async finishedSince(since: number): Promise<FinishedRefresh[]> {
    const jobs = await this.queue.getJobs(['completed'], 0, 50);
    return jobs
      .filter((job) => job.name === 'indicators-refresh' && (job.finishedOn ?? 0) >= since)
      .map((job) => ({
        waitedMs: (job.processedOn ?? 0) - job.timestamp,
        ranMs: (job.finishedOn ?? 0) - (job.processedOn ?? 0),
        processed: (job.returnvalue as { processed?: number } | null)?.processed ?? 0,
        finishedOn: job.finishedOn ?? 0,
      }))
      .filter((refresh) => refresh.processed > 0)
      .sort((a, b) => a.finishedOn - b.finishedOn);
  }

  async close(): Promise<void> {
    await this.queue.close();
    await this.backend.close();
  }
}
