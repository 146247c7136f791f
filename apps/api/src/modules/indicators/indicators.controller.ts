import {
  Controller,
  Get,
  applyDecorators,
  Headers,
  HttpCode,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SERIES_INTERVALS } from '@fita/metrics';
import { badRequest } from '../../common/app-error.js';
import { acceptedStalenessMs } from '../../common/max-stale.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { snapshotIdFromQuery } from '../snapshots/dto/snapshot.query.js';
import { FrozenSnapshots } from '../snapshots/frozen-snapshots.service.js';
import { indicatorQueryFromQuery } from './dto/indicator-query.query.js';
import { IndicatorsService } from './indicators.service.js';
import type {
  CourseTableView,
  FreshnessView,
  IndicatorsView,
  SeriesView,
} from './indicators.view.js';

const FILTER_QUERIES = [
  { name: 'programme', required: false, description: 'Catalogue programme' },
  {
    name: 'format',
    required: false,
    enum: ['mooc', 'instant', 'masterclass', 'course', 'uncatalogued'],
  },
  { name: 'course', required: false, description: 'Course activity id' },
  {
    name: 'cutoff',
    required: false,
    description: 'ISO instant: only statements and voids stored by then are seen',
  },
] as const;

const PeriodAndFilters = () =>
  applyDecorators(
    ApiQuery({ name: 'from', example: '2017-01-01' }),
    ApiQuery({ name: 'to', example: '2021-12-31' }),
    ...FILTER_QUERIES.map((query) => ApiQuery(query)),
    ApiHeader({
      name: 'Cache-Control',
      required: false,
      description:
        'max-stale=N accepts figures computed up to N seconds ago while new statements stream in (their provenance cut-off says what they count); without it the figures are from the facts as they are',
    }),
  );

@ApiTags('indicators')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly frozen: FrozenSnapshots,
    private readonly jobs: JobQueues,
  ) {}

  @Get()
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'Indicators for a period (spec section 9)' })
  @PeriodAndFilters()
  @ApiQuery({
    name: 'ageScheme',
    required: false,
    enum: ['esf2014', 'esfplus', 'eurostat', 'custom'],
  })
  @ApiQuery({ name: 'ageBands', required: false, example: '25-40' })
  @ApiQuery({ name: 'snapshot', required: false, description: 'Snapshot id: its frozen view' })
  get(
    @Query() query: Record<string, unknown>,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<IndicatorsView> {
    if (query['snapshot'] !== undefined) return this.frozen.view(snapshotIdFromQuery(query));
    return this.indicators.indicators(
      indicatorQueryFromQuery(query),
      acceptedStalenessMs(cacheControl),
    );
  }

  @Get('series')
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'Every figure for each month or year of a period' })
  @ApiQuery({ name: 'interval', enum: SERIES_INTERVALS })
  @PeriodAndFilters()
  series(
    @Query() query: Record<string, unknown>,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<SeriesView> {
    const { interval = 'year', ...rest } = query;
    const known = SERIES_INTERVALS.find((name) => name === interval);
    if (!known) {
      throw badRequest(
        'indicators.invalid_interval',
        `"interval" must be one of ${SERIES_INTERVALS.join(', ')}; got ${JSON.stringify(interval)}.`,
        [{ field: 'interval', message: `must be one of ${SERIES_INTERVALS.join(', ')}` }],
      );
    }
    return this.indicators.series(
      indicatorQueryFromQuery(rest, { ageBands: false }),
      known,
      acceptedStalenessMs(cacheControl),
    );
  }

  @Get('courses')
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'Users, enrolments and completions of each course in a period' })
  @PeriodAndFilters()
  courses(
    @Query() query: Record<string, unknown>,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<CourseTableView> {
    return this.indicators.courses(
      indicatorQueryFromQuery(query, { ageBands: false }),
      acceptedStalenessMs(cacheControl),
    );
  }

  @Get('freshness')
  @ApiOperation({ summary: 'Whether the figures include every stored statement (spec section 10)' })
  freshness(): Promise<FreshnessView> {
    return this.indicators.freshness();
  }

  @Post('rebuild')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Derive every fact again from the stored statements (a background job)',
  })
  async rebuild(@Req() request: RequestWithUser): Promise<{ queued: true }> {
    await this.jobs.add('indicators-rebuild', { requestedBy: request.user!.email });
    return { queued: true };
  }
}
