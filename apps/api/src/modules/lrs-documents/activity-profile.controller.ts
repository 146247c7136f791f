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
import {
  activityProfileKey,
  activityProfileTarget,
  type QueryParams,
} from './dto/document-params.js';

/** xAPI Activity Profile resource: documents about an activity. */
@ApiTags('xAPI')
@ApiBasicAuth()
@ApiHeader({ name: 'X-Experience-API-Version', required: true, example: '1.0.3' })
@UseGuards(XapiVersionGuard, LrsBasicAuthGuard)
@LrsResourceAccess('profile')
@Controller('xapi/activities/profile')
export class ActivityProfileController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({ summary: 'One profile (profileId), or the profile ids of the activity (since)' })
  get(@Query() params: QueryParams, @Res() response: Response): Promise<void> {
    return answerGet(this.documents, activityProfileTarget(params), response);
  }

  @Put()
  @HttpCode(204)
  @ApiOperation({ summary: 'Store a profile (any content type); send If-Match or If-None-Match' })
  async put(@Query() params: QueryParams, @Req() request: DocumentRequest): Promise<void> {
    await this.documents.put(
      activityProfileKey(params),
      incomingDocument(request),
      preconditionsOf(request),
      rulesVersionOf(request),
    );
  }

  @Post()
  @HttpCode(204)
  @ApiOperation({ summary: 'Merge a JSON object into a profile, or store it when new' })
  async post(@Query() params: QueryParams, @Req() request: DocumentRequest): Promise<void> {
    await this.documents.post(
      activityProfileKey(params),
      incomingDocument(request),
      preconditionsOf(request),
    );
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a profile' })
  async remove(@Query() params: QueryParams, @Req() request: DocumentRequest): Promise<void> {
    await this.documents.remove(activityProfileKey(params), preconditionsOf(request));
  }
}
