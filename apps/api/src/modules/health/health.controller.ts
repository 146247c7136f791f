import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { JobQueues } from '../../jobs/job-queues.service.js';

type State = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueues,
  ) {}

  @Get()
  @ApiOperation({
    summary: '200 when the database and the queue answer, else 503 (spec section 10)',
  })
  async health(@Res() response: Response): Promise<void> {
    const [database, queue] = await Promise.all([
      this.databaseState(),
      this.jobs.ping().then(toState),
    ]);
    const ok = database === 'up' && queue === 'up';
    response.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', database, queue });
  }

  private async databaseState(): Promise<State> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }
}

function toState(ok: boolean): State {
  return ok ? 'up' : 'down';
}
