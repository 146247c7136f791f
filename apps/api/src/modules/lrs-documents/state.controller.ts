import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiBasicAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LrsBasicAuthGuard } from '../lrs/lrs-basic-auth.guard.js';
import { LrsResourceAccess } from '../lrs/lrs-resource.decorator.js';
import { XapiVersionGuard } from '../lrs/xapi-version.guard.js';
import {
  answerGet,
  incomingDocument,
  preconditionsOf,
  rulesVersionOf,
  type DocumentRequest,
} from './document-http.js';
import { DocumentsService } from './documents.service.js';
import { stateKey, stateTarget, type QueryParams } from './dto/document-params.js';

/** xAPI State resource: documents per activity, agent and (optional) registration. */
@ApiTags('xAPI')
@ApiBasicAuth()
@ApiHeader({ name: 'X-Experience-API-Version', required: true, example: '1.0.3' })
@UseGuards(XapiVersionGuard, LrsBasicAuthGuard)
@LrsResourceAccess('state')
@Controller('xapi/activities/state')
export class StateController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({ summary: 'One state (stateId), or the ids of the states of a context (since)' })
  get(@Query() params: QueryParams, @Res() response: Response): Promise<void> {
    return answerGet(this.documents, stateTarget(params, 'GET'), response);
  }

  @Put()
  @HttpCode(204)
  @ApiOperation({ summary: 'Store a state (any content type); If-Match / If-None-Match honoured' })
  async put(@Query() params: QueryParams, @Req() request: DocumentRequest): Promise<void> {
    await this.documents.put(
      stateKey(params),
      incomingDocument(request),
      preconditionsOf(request),
      rulesVersionOf(request),
    );
  }

  @Post()
  @HttpCode(204)
  @ApiOperation({ summary: 'Merge a JSON object into a state, or store it when new' })
  async post(@Query() params: QueryParams, @Req() request: DocumentRequest): Promise<void> {
    await this.documents.post(
      stateKey(params),
      incomingDocument(request),
      preconditionsOf(request),
    );
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one state (stateId), or every state of a context' })
  async remove(@Query() params: QueryParams, @Req() request: DocumentRequest): Promise<void> {
    const target = stateTarget(params, 'DELETE');
    if (target.key) await this.documents.remove(target.key, preconditionsOf(request));
    else await this.documents.removeAll(target.context);
  }
}
