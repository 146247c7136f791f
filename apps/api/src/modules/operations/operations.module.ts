import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IndicatorCatalogueController } from './indicator-catalogue.controller.js';
import { IndicatorCatalogueRepository } from './indicator-catalogue.repository.js';
import { IndicatorCatalogueService } from './indicator-catalogue.service.js';
import { OperationsController } from './operations.controller.js';
import { OperationsRepository } from './operations.repository.js';
import { OperationsService } from './operations.service.js';

@Module({
  imports: [AuthModule],
  controllers: [OperationsController, IndicatorCatalogueController],
  providers: [
    IndicatorCatalogueRepository,
    IndicatorCatalogueService,
    OperationsRepository,
    OperationsService,
  ],
  exports: [IndicatorCatalogueService, OperationsService],
})
export class OperationsModule {}
