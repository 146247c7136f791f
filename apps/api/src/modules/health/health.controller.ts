import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { JobQueues } from '../../jobs/job-queues.service.js';
import { DatabaseHealthRepository } from './database-health.repository.js';

type State = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealthRepository,
    private readonly jobs: JobQueues,
  ) {}

  @Get()
  @ApiOperation({
    summary: '200 when the database and the queue answer, else 503 (spec section 10)',
  })
  async health(@Res() response: Response): Promise<void> {
    const [database, queue] = await Promise.all([
      this.database.ping().then(toState),
      this.jobs.ping().then(toState),
    ]);
    const ok = database === 'up' && queue === 'up';
    response.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', database, queue });
  }
}

function toState(ok: boolean): State {
  return ok ? 'up' : 'down';
}
