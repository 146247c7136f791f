import { Body, Controller, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  IndicatorDefinitionChangesDto,
  NewIndicatorDefinitionDto,
  indicatorDefinitionChangesSchema,
  newIndicatorDefinitionSchema,
} from './dto/indicator-definition.dto.js';
import {
  IndicatorCatalogueService,
  type IndicatorDefinitionView,
} from './indicator-catalogue.service.js';

/** The indicator catalogue (spec section 6): read by the reporting roles, kept by admins. */
@ApiTags('operations')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin', 'manager', 'auditor')
@Controller('api/indicator-catalogue')
export class IndicatorCatalogueController {
  constructor(private readonly catalogue: IndicatorCatalogueService) {}

  @Get()
  @ApiOperation({ summary: 'Every indicator of the catalogue, by code' })
  list(): Promise<IndicatorDefinitionView[]> {
    return this.catalogue.list();
  }

  @Get(':code')
  @ApiOperation({ summary: 'One indicator of the catalogue' })
  @ApiParam({ name: 'code', example: 'E024' })
  get(@Param('code') code: string): Promise<IndicatorDefinitionView> {
    return this.catalogue.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add an indicator to the catalogue' })
  create(@Body() body: NewIndicatorDefinitionDto): Promise<IndicatorDefinitionView> {
    return this.catalogue.create(parseInput(newIndicatorDefinitionSchema, body, 'indicator'));
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an indicator (its code never changes)' })
  @ApiParam({ name: 'code', example: 'E024' })
  update(
    @Param('code') code: string,
    @Body() body: IndicatorDefinitionChangesDto,
  ): Promise<IndicatorDefinitionView> {
    return this.catalogue.update(
      code,
      parseInput(indicatorDefinitionChangesSchema, body, 'indicator'),
    );
  }
}
