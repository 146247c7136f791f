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

const SCHEDULE_RETRY_MS = 5_000;
/** How often the schedules are checked for; a read per schedule, written only when missing. */
const SCHEDULE_CHECK_MS = 5_000;
const WORKER_CLOSE_MS = 10_000;

/**
 * Runs one BullMQ worker per queue in this process and registers the
 * repeatable jobs. Only the worker process (or the all-in-one embedded
 * default) has it, so API replicas never run schedulers.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly workers: AnyWorker[] = [];
  private closing = false;

  constructor(
    @Inject('QueueBackend') private readonly backend: QueueBackend,
    @Inject(QUEUE_PROCESSORS) private readonly processors: QueueProcessors,
    private readonly queues: JobQueues,
  ) {}

  onApplicationBootstrap(): void {
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
    this.logger.log(`workers running on ${this.backend.kind}: ${QUEUE_NAMES.join(', ')}`);
    // Not awaited: a process that starts while Redis is down must still start.
    void this.registerSchedules();
  }

  /**
   * Upserts the repeatable jobs at boot, retrying until the queue store
   * answers, and again as soon as one is found missing: a Redis that
   * restarted empty gets them back within seconds, and a new scheduler's
   * first job runs at once, so statements stored while the queue was away
   * are folded in even if no other statement arrives to ask for it.
   */
  private async registerSchedules(): Promise<void> {
    let failing = false;
    let registered = false;
    while (!this.closing) {
      try {
        for (const schedule of JOB_SCHEDULES) {
          const { queue, options } = JOBS[schedule.job];
          if (registered && (await this.queues.queue(queue).getJobScheduler(schedule.id))) continue;
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
        if (failing) this.logger.log('scheduled jobs registered');
        failing = false;
        registered = true;
      } catch (error) {
        if (!failing) {
          this.logger.warn(
            `could not register the scheduled jobs, retrying every ${SCHEDULE_RETRY_MS / 1000} s: ${(error as Error).message}`,
          );
        }
        failing = true;
      }
      const pause = failing ? SCHEDULE_RETRY_MS : SCHEDULE_CHECK_MS;
      await new Promise((resolve) => setTimeout(resolve, pause).unref());
    }
  }

  /**
   * Lets running jobs finish, but only for so long: a worker whose Redis is
   * unreachable never finishes closing, and shutdown must not hang on it. A
   * job cut short is retried elsewhere once its lock expires.
   */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.workers.map(async (worker) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), WORKER_CLOSE_MS);
        });
        const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timeout]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          this.logger.warn(
            `worker ${worker.name} did not close within ${WORKER_CLOSE_MS / 1000} s`,
          );
        }
      }),
    );
  }
}
