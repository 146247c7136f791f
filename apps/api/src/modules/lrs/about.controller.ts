import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { XAPI_VERSION } from './xapi-version.guard.js';

@ApiTags('xAPI')
@Controller('xapi/about')
export class AboutController {
  @Get()
  @Header('X-Experience-API-Version', XAPI_VERSION)
  @ApiOperation({ summary: 'xAPI versions this LRS supports (no authentication)' })
  about() {
    return { version: [XAPI_VERSION], extensions: {} };
  }
}
