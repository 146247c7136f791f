import { Injectable } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { QueueProcessor } from '../../jobs/worker-host.service.js';
import { IndicatorsRefreshService } from './indicators-refresh.service.js';

/** The `indicators` queue: one case per job name, each one service call. */
@Injectable()
export class IndicatorsProcessor implements QueueProcessor {
  constructor(private readonly refresh: IndicatorsRefreshService) {}

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'indicators-refresh':
        return this.refresh.refresh((processed) => job.updateProgress({ processed }));
      case 'indicators-rebuild':
        return this.refresh.rebuild((processed) => job.updateProgress({ processed }));
      default:
        throw new UnrecoverableError(`The indicators queue has no job named "${job.name}".`);
    }
  }
}
