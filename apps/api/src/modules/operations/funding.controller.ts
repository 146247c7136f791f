import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  FundingIndicatorsService,
  type FundingIndicatorsView,
} from './funding-indicators.service.js';
import { MoneyIndicatorsService, type MoneyIndicatorsView } from './money-indicators.service.js';

/** What an operation achieved and what it cost per person (spec section 6); read-only. */
@ApiTags('operations')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin', 'manager', 'auditor')
@Controller('api/operations')
export class FundingController {
  constructor(
    private readonly funding: FundingIndicatorsService,
    private readonly moneyIndicators: MoneyIndicatorsService,
  ) {}

  @Get(':id/indicators')
  @ApiOperation({
    summary:
      'Each linked indicator per reporting year, in total and by sex, with % of target and milestone',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  indicators(@Param('id') id: string): Promise<FundingIndicatorsView> {
    return this.funding.of(id);
  }

  @Get(':id/money')
  @ApiOperation({
    summary:
      'Cost per user, enrolment and completion over the operation, and the co-financing check',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  money(@Param('id') id: string): Promise<MoneyIndicatorsView> {
    return this.moneyIndicators.of(id);
  }
}
