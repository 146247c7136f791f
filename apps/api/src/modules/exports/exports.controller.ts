import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { InjectClock, type Clock } from '../../common/clock.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { indicatorQueryFromQuery } from '../indicators/dto/indicator-query.query.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { buildIndicatorWorkbook } from './indicator-workbook.exporter.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('exports')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly indicators: IndicatorsService,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Get('indicators.xlsx')
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'Excel workbook with the indicators of a period and their provenance' })
  @ApiProduces(XLSX)
  @ApiQuery({ name: 'from', example: '2020-01-01' })
  @ApiQuery({ name: 'to', example: '2020-12-31' })
  async indicatorsWorkbook(
    @Query() query: Record<string, unknown>,
    @Req() request: RequestWithUser,
    @Res() response: Response,
  ): Promise<void> {
    // The workbook's breakdowns use the default age scheme.
    const indicatorQuery = indicatorQueryFromQuery(query, { ageBands: false });
    const { period } = indicatorQuery;
    const view = await this.indicators.indicators(indicatorQuery);
    const file = await buildIndicatorWorkbook(view, {
      generatedAt: this.clock.now(),
      generatedBy: request.user!.email,
    });
    response
      .status(200)
      .setHeader('Content-Type', XLSX)
      .setHeader(
        'Content-Disposition',
        `attachment; filename="fita-indicators-${period.from}-${period.to}.xlsx"`,
      )
      .send(file);
  }
}
