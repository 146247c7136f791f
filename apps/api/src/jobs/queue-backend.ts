import {
  Queue,
  Worker,
  createPostgresBackend,
  withBackend,
  type IQueueBackend,
  type Processor,
  type WorkerOptions,
} from 'bullmq';
import { Redis } from 'ioredis';
import type { QueueName } from './job-registry.js';

/**
 * Where BullMQ keeps its jobs: Redis when REDIS_URL is set (production), else
 * BullMQ's Postgres backend in Fita's own database (the embedded default).
 * Same queues, same processors either way; only the constructors differ.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the two backends differ only in connection types */
export type AnyQueue = Queue<any, any, string, any, any, string, IQueueBackend, any>;
export type AnyWorker = Worker<any, any, string, IQueueBackend, any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface QueueBackend {
  kind: 'redis' | 'postgres';
  createQueue(name: QueueName): AnyQueue;
  createWorker(name: QueueName, processor: Processor, options?: Partial<WorkerOptions>): AnyWorker;
  close(): Promise<void>;
}

export interface QueueBackendSettings {
  redisUrl?: string;
  databaseUrl: string;
  /** Redis key prefix, or the Postgres schema holding BullMQ's tables. */
  prefix: string;
}

export function createQueueBackend(settings: QueueBackendSettings): QueueBackend {
  return settings.redisUrl
    ? redisBackend(settings.redisUrl, settings.prefix)
    : postgresBackend(settings);
}

function redisBackend(url: string, prefix: string): QueueBackend {
  const connections: Redis[] = [];
  const connect = (role: 'queue' | 'worker') => {
    // Workers wait for Redis as long as it takes (BullMQ requires it). Queues
    // give up after one reconnection attempt, so that adding a job while Redis
    // is down fails at once instead of piling up: nothing that adds jobs
    // (ingestion above all) may wait on the queue.
    const connection = new Redis(url, { maxRetriesPerRequest: role === 'worker' ? null : 1 });
    connections.push(connection);
    return connection;
  };
  return {
    kind: 'redis',
    createQueue: (name) => new Queue(name, { connection: connect('queue'), prefix }),
    createWorker: (name, processor, options) =>
      new Worker(name, processor, { ...options, connection: connect('worker'), prefix }),
    close: async () => {
      await Promise.all(
        connections.map((connection) => connection.quit().catch(() => connection.disconnect())),
      );
    },
  };
}

function postgresBackend(settings: QueueBackendSettings): QueueBackend {
  const connection = {
    connectionString: settings.databaseUrl,
    schema: `${settings.prefix}_queue`,
    migrate: true,
    application_name: 'fita-queue',
  };
  const classes = withBackend(createPostgresBackend);
  return {
    kind: 'postgres',
    createQueue: (name) => new classes.Queue(name, { connection }),
    createWorker: (name, processor, options) =>
      new classes.Worker(name, processor, { ...options, connection }),
    close: () => Promise.resolve(),
  };
}
