import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobPayloads } from '../../jobs/job-registry.js';
import type { QueueProcessor } from '../../jobs/worker-host.service.js';
import { ExportBuildService } from './export-build.service.js';
import { ExportRetentionService } from './export-retention.service.js';

/** The `exports` queue: one case per job name, each one service call. */
@Injectable()
export class ExportsProcessor implements QueueProcessor {
  constructor(
    private readonly builds: ExportBuildService,
    private readonly retention: ExportRetentionService,
  ) {}

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'export-build': {
        const payload = job.data as JobPayloads['export-build'];
        // attemptsMade counts the attempts before this one.
        const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        return this.builds.build(payload.exportId, { final });
      }
      case 'exports-expire':
        return this.retention.expire();
      default:
        throw new UnrecoverableError(`The exports queue has no job named "${job.name}".`);
    }
  }
}
