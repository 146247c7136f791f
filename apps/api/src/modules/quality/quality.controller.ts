import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  view(): Promise<QualityView> {
    return this.quality.view();
  }
}
