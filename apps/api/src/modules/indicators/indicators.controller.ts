import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { badRequest } from '../../common/app-error.js';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { ageBandingFromQuery } from './dto/age-banding.query.js';
import { periodFromQuery } from './dto/period.query.js';
import {
  IndicatorsService,
  type FreshnessView,
  type IndicatorsView,
  type SeriesView,
} from './indicators.service.js';

@ApiTags('indicators')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'Indicators for a period (spec section 9)' })
  @ApiQuery({ name: 'from', example: '2020-01-01' })
  @ApiQuery({ name: 'to', example: '2020-12-31' })
  @ApiQuery({
    name: 'ageScheme',
    required: false,
    enum: ['esf2014', 'esfplus', 'eurostat', 'custom'],
  })
  @ApiQuery({ name: 'ageBands', required: false, example: '25-40' })
  get(@Query() query: Record<string, unknown>): Promise<IndicatorsView> {
    return this.indicators.indicators(
      periodFromQuery(query, ['ageScheme', 'ageBands']),
      ageBandingFromQuery(query),
    );
  }

  @Get('series')
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'Users per calendar year within a period' })
  @ApiQuery({ name: 'interval', enum: ['year'] })
  @ApiQuery({ name: 'from', example: '2017-01-01' })
  @ApiQuery({ name: 'to', example: '2021-12-31' })
  series(@Query() query: Record<string, unknown>): Promise<SeriesView> {
    const { interval = 'year', ...rest } = query;
    if (interval !== 'year') {
      throw badRequest(
        'indicators.invalid_interval',
        `"interval" must be "year"; got ${JSON.stringify(interval)}.`,
        [{ field: 'interval', message: 'must be "year"' }],
      );
    }
    return this.indicators.yearSeries(periodFromQuery(rest));
  }

  @Get('freshness')
  @ApiOperation({ summary: 'Whether the figures include every stored statement (spec section 10)' })
  freshness(): Promise<FreshnessView> {
    return this.indicators.freshness();
  }
}
