import { Controller, Get, Headers, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { acceptedStalenessMs } from '../../common/max-stale.js';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { QualityService } from './quality.service.js';
import type { QualityView } from './quality.view.js';

@ApiTags('quality')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/quality')
export class QualityController {
  constructor(private readonly quality: QualityService) {}

  @Get()
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({
    summary:
      'Data quality: statements received, voided and rejected, Group actors skipped, persons without demographics, uncatalogued activities',
  })
  @ApiHeader({
    name: 'Cache-Control',
    required: false,
    description:
      'max-stale=N accepts a view computed up to N seconds ago while new statements stream in',
  })
  view(@Headers('cache-control') cacheControl?: string): Promise<QualityView> {
    return this.quality.view(acceptedStalenessMs(cacheControl));
  }
}
