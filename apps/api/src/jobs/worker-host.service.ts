import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOB_SCHEDULES, JOBS, QUEUE_NAMES, type QueueName } from './job-registry.js';
import { JobQueues } from './job-queues.service.js';
import type { AnyWorker, QueueBackend } from './queue-backend.js';

export interface QueueProcessor {
  process(job: Job): Promise<unknown>;
}
export const QUEUE_PROCESSORS = Symbol('QUEUE_PROCESSORS');
export type QueueProcessors = Record<QueueName, QueueProcessor>;

/**
 * Runs one BullMQ worker per queue in this process and registers the
 * repeatable jobs. Only the worker process (or the all-in-one embedded
 * default) has it, so API replicas never run schedulers.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: AnyWorker[] = [];

  constructor(
    @Inject('QueueBackend') private readonly backend: QueueBackend,
    @Inject(QUEUE_PROCESSORS) private readonly processors: QueueProcessors,
    private readonly queues: JobQueues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const name of QUEUE_NAMES) {
      const processor = this.processors[name];
      const worker = this.backend.createWorker(name, (job) => processor.process(job), {
        concurrency: 1,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(`${name}/${job?.name ?? '?'} failed: ${error.message}`),
      );
      worker.on('error', (error) => this.logger.warn(`worker ${name}: ${error.message}`));
      this.workers.push(worker);
    }
    for (const schedule of JOB_SCHEDULES) {
      const { queue, options } = JOBS[schedule.job];
      // Idempotent: every worker process upserts the same scheduler id.
      const { deduplication: _ignored, ...templateOptions } = options;
      await this.queues
        .queue(queue)
        .upsertJobScheduler(
          schedule.id,
          { every: schedule.everyMs },
          { name: schedule.job, data: schedule.payload, opts: templateOptions },
        );
    }
    this.logger.log(`workers running on ${this.backend.kind}: ${QUEUE_NAMES.join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
