import { Body, Controller, Get, HttpCode, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBasicAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Statement } from '@fita/xapi';
import { badRequest } from '../../common/app-error.js';
import { LrsBasicAuthGuard, type LrsRequest } from './lrs-basic-auth.guard.js';
import { StatementsService } from './statements.service.js';
import { XapiVersionGuard } from './xapi-version.guard.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('xAPI')
@ApiBasicAuth()
@ApiHeader({ name: 'X-Experience-API-Version', required: true, example: '1.0.3' })
@UseGuards(XapiVersionGuard, LrsBasicAuthGuard)
@Controller('xapi/statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Store one statement or a batch (all or nothing); returns their ids' })
  store(@Body() body: unknown, @Req() request: LrsRequest): Promise<string[]> {
    const homePage = `${request.protocol}://${request.get('host') ?? 'localhost'}`;
    return this.statements.store(body, request.lrsClient!, homePage);
  }

  @Get()
  @ApiOperation({ summary: 'Fetch one statement by statementId' })
  get(@Query('statementId') statementId: unknown): Promise<Statement> {
    if (typeof statementId !== 'string' || !UUID.test(statementId)) {
      throw badRequest(
        'xapi.statement_id',
        '"statementId" must be given as a UUID (statement queries come in a later version).',
        [{ field: 'statementId', message: 'must be a UUID' }],
      );
    }
    return this.statements.get(statementId);
  }
}
