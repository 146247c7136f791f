import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { SnapshotCreatePayload } from '../../jobs/job-registry.js';
import type { QueueProcessor } from '../../jobs/worker-host.service.js';
import { SnapshotCreationService } from './snapshot-creation.service.js';

/** The `snapshots` queue: one case per job name, each one service call. */
@Injectable()
export class SnapshotsProcessor implements QueueProcessor {
  constructor(private readonly creation: SnapshotCreationService) {}

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'snapshot-create': {
        const payload = job.data as SnapshotCreatePayload;
        return this.creation.create(payload, {
          pinCutoff: (cutoff) => job.updateData({ ...payload, cutoff }),
          onProgress: (progress) => job.updateProgress(progress),
        });
      }
      default:
        throw new UnrecoverableError(`The snapshots queue has no job named "${job.name}".`);
    }
  }
}
