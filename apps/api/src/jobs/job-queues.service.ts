import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  JOBS,
  QUEUE_NAMES,
  type JobName,
  type JobPayloads,
  type QueueName,
} from './job-registry.js';
import type { AnyQueue, QueueBackend } from './queue-backend.js';

export interface JobStatus {
  /** BullMQ's state: waiting, active, delayed, completed, failed... */
  state: string;
  progress: unknown;
  /** What the processor returned, once completed. */
  returnValue: unknown;
  /** Why the last attempt failed, if one did. */
  failedReason: string | null;
  attemptsMade: number;
}

/** Adds jobs by name; the registry decides their queue and options. */
@Injectable()
export class JobQueues implements OnModuleDestroy {
  private readonly logger = new Logger(JobQueues.name);
  private readonly queues = new Map<QueueName, AnyQueue>();

  constructor(private readonly backend: QueueBackend) {}

  queue(name: QueueName): AnyQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name);
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Returns the job's id. `jobId` makes the add idempotent: a job whose id
   * is already queued (or kept after it ran) is not added twice.
   */
  async add<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: { jobId?: string } = {},
  ): Promise<string> {
    const definition = JOBS[name];
    const job = await this.queue(definition.queue).add(name, payload, {
      ...definition.options,
      ...options,
    });
    if (job.id === undefined) throw new Error(`The queue gave no id to the ${name} job.`);
    return job.id;
  }

  /** Where a job of this name stands; null when the queue no longer keeps it. */
  async status(name: JobName, jobId: string): Promise<JobStatus | null> {
    const job = await this.queue(JOBS[name].queue).getJob(jobId);
    if (!job || job.name !== name) return null;
    return {
      state: await job.getState(),
      progress: job.progress,
      returnValue: job.returnvalue,
      failedReason: job.failedReason || null,
      attemptsMade: job.attemptsMade,
    };
  }

  /** For /health: the queue store answers within the time limit. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const check = Promise.all(QUEUE_NAMES.map((name) => this.queue(name).getJobCounts('waiting')));
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), timeoutMs).unref(),
    );
    try {
      await Promise.race([check, timeout]);
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.backend.close();
  }
}
