import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { XAPI_VERSIONS } from './xapi-version.js';

@ApiTags('xAPI')
@Controller('xapi/about')
export class AboutController {
  @Get()
  @ApiOperation({ summary: 'xAPI versions this LRS supports (no authentication)' })
  about() {
    return { version: [...XAPI_VERSIONS], extensions: {} };
  }
}
