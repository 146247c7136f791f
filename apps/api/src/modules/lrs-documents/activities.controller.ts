import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBasicAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Activity } from '@fita/xapi';
import { LrsBasicAuthGuard } from '../lrs/lrs-basic-auth.guard.js';
import { LrsResourceAccess } from '../lrs/lrs-resource.decorator.js';
import { XapiVersionGuard } from '../lrs/xapi-version.guard.js';
import { ActivitiesRepository } from './activities.repository.js';
import { activityIdOf, type QueryParams } from './dto/document-params.js';

/** xAPI Activities resource: an activity with the canonical definition the LRS holds. */
@ApiTags('xAPI')
@ApiBasicAuth()
@ApiHeader({ name: 'X-Experience-API-Version', required: true, example: '1.0.3' })
@UseGuards(XapiVersionGuard, LrsBasicAuthGuard)
@LrsResourceAccess('profile')
@Controller('xapi/activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesRepository) {}

  @Get()
  @ApiOperation({ summary: 'An activity and its definition (just the id when none is known)' })
  async get(@Query() params: QueryParams): Promise<Activity> {
    const id = activityIdOf(params);
    const known = await this.activities.findById(id);
    return known?.definition
      ? { objectType: 'Activity', id, definition: known.definition }
      : { objectType: 'Activity', id };
  }
}
