import { Body, Controller, Get, Param, Patch, Post, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { NewManualValueDto, newManualValueSchema } from './dto/manual-value.dto.js';
import { NewMoneyFigureDto, newMoneyFigureSchema } from './dto/money-figure.dto.js';
import { OperationIndicatorDto, operationIndicatorSchema } from './dto/operation-indicator.dto.js';
import {
  NewOperationDto,
  OperationChangesDto,
  newOperationSchema,
  operationChangesSchema,
} from './dto/operation.dto.js';
import {
  OperationsService,
  type ManualValueView,
  type OperationIndicatorView,
  type OperationSummaryView,
  type OperationView,
} from './operations.service.js';

/** ERDF operations (spec section 6): read by the reporting roles, written by admins. */
@ApiTags('operations')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin', 'manager', 'auditor')
@Controller('api/operations')
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @Get()
  @ApiOperation({ summary: 'List operations (without their money; get one for that)' })
  list(): Promise<OperationSummaryView[]> {
    return this.operations.list();
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'An operation with its money figures (history and current), co-financing check and indicators',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id') id: string): Promise<OperationView> {
    return this.operations.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create an operation' })
  create(@Body() body: NewOperationDto): Promise<OperationView> {
    return this.operations.create(parseInput(newOperationSchema, body, 'operation'));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change some fields of an operation' })
  @ApiParam({ name: 'id', format: 'uuid' })
  update(@Param('id') id: string, @Body() body: OperationChangesDto): Promise<OperationView> {
    return this.operations.update(id, parseInput(operationChangesSchema, body, 'operation'));
  }

  @Post(':id/figures')
  @Roles('admin')
  @ApiOperation({
    summary: 'Record a dated money figure; a later date supersedes, the history keeps both',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  addFigure(
    @Param('id') id: string,
    @Body() body: NewMoneyFigureDto,
    @Req() request: RequestWithUser,
  ): Promise<OperationView> {
    const figure = parseInput(newMoneyFigureSchema, body, 'money figure');
    return this.operations.addFigure(id, figure, request.user!.id);
  }

  @Put(':id/indicators/:code')
  @Roles('admin')
  @ApiOperation({
    summary: "Link a catalogue indicator with this operation's baseline, milestone and target",
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'code', example: 'E024' })
  saveIndicator(
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: OperationIndicatorDto,
  ): Promise<OperationIndicatorView> {
    const targets = parseInput(operationIndicatorSchema, body, 'indicator targets');
    return this.operations.saveIndicator(id, code, targets);
  }

  @Get(':id/indicators/:code/values')
  @ApiOperation({ summary: 'Values entered by hand for a manual indicator, oldest first' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'code', example: 'RCO14' })
  manualValues(@Param('id') id: string, @Param('code') code: string): Promise<ManualValueView[]> {
    return this.operations.manualValues(id, code);
  }

  @Post(':id/indicators/:code/values')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Enter a dated value of a manual indicator (422 for indicators computed from statements)',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'code', example: 'RCO14' })
  addManualValue(
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: NewManualValueDto,
    @Req() request: RequestWithUser,
  ): Promise<ManualValueView> {
    const value = parseInput(newManualValueSchema, body, 'indicator value');
    return this.operations.addManualValue(id, code, value, request.user!.id);
  }
}
