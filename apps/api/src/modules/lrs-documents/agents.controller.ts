import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBasicAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LrsBasicAuthGuard } from '../lrs/lrs-basic-auth.guard.js';
import { LrsResourceAccess } from '../lrs/lrs-resource.decorator.js';
import { XapiVersionGuard } from '../lrs/xapi-version.guard.js';
import { agentOf, type QueryParams } from './dto/document-params.js';
import { personOf, type Person } from './person.js';

/** xAPI Agents resource: the Person the LRS knows behind an agent. */
@ApiTags('xAPI')
@ApiBasicAuth()
@ApiHeader({ name: 'X-Experience-API-Version', required: true, example: '1.0.3' })
@UseGuards(XapiVersionGuard, LrsBasicAuthGuard)
@LrsResourceAccess('profile')
@Controller('xapi/agents')
export class AgentsController {
  @Get()
  @ApiOperation({ summary: 'The Person object of an agent' })
  get(@Query() params: QueryParams): Person {
    // Until the learner registry links several agents to one person, a person is the agent itself.
    return personOf(agentOf(params).agent);
  }
}
