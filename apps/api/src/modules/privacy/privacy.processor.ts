import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { QueueProcessor } from '../../jobs/worker-host.service.js';
import { PrivacyService } from './privacy.service.js';

/** The `privacy` queue: one case per job name, each one service call. */
@Injectable()
export class PrivacyProcessor implements QueueProcessor {
  constructor(private readonly privacy: PrivacyService) {}

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'privacy-erasure':
        return this.privacy.runDueErasures();
      default:
        throw new UnrecoverableError(`The privacy queue has no job named "${job.name}".`);
    }
  }
}
