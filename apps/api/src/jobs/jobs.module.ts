import { Global, Module } from '@nestjs/common';
import { CONFIG } from '../common/config.provider.js';
import type { Config } from '../config/config.js';
import { DATABASE_URL } from '../database/database-url.provider.js';
import { JobQueues } from './job-queues.service.js';
import { createQueueBackend, type QueueBackend } from './queue-backend.js';

@Global()
@Module({
  providers: [
    {
      provide: 'QueueBackend',
      inject: [CONFIG, DATABASE_URL],
      useFactory: (config: Config, databaseUrl: string): QueueBackend =>
        createQueueBackend({ redisUrl: config.redisUrl, databaseUrl, prefix: config.queuePrefix }),
    },
    {
      provide: JobQueues,
      inject: ['QueueBackend'],
      useFactory: (backend: QueueBackend) => new JobQueues(backend),
    },
  ],
  exports: [JobQueues, 'QueueBackend'],
})
export class JobsModule {}
