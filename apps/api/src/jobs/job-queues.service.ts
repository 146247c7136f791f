import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  JOBS,
  QUEUE_NAMES,
  type JobName,
  type JobPayloads,
  type QueueName,
} from './job-registry.js';
import type { AnyQueue, QueueBackend } from './queue-backend.js';

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

  async add<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    const definition = JOBS[name];
    await this.queue(definition.queue).add(name, payload, definition.options);
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
