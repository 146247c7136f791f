import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { FundingIndicatorsService } from './funding-indicators.service.js';
import { FundingController } from './funding.controller.js';
import { IndicatorCatalogueController } from './indicator-catalogue.controller.js';
import { IndicatorCatalogueRepository } from './indicator-catalogue.repository.js';
import { IndicatorCatalogueService } from './indicator-catalogue.service.js';
import { MoneyIndicatorsService } from './money-indicators.service.js';
import { OperationsController } from './operations.controller.js';
import { OperationsRepository } from './operations.repository.js';
import { OperationsService } from './operations.service.js';

@Module({
  imports: [AuthModule, IndicatorsModule],
  controllers: [OperationsController, IndicatorCatalogueController, FundingController],
  providers: [
    IndicatorCatalogueRepository,
    IndicatorCatalogueService,
    OperationsRepository,
    OperationsService,
    FundingIndicatorsService,
    MoneyIndicatorsService,
  ],
  // The ERDF export reads an operation's figures as the live endpoints do, at its snapshot's cut-off.
  exports: [
    IndicatorCatalogueService,
    OperationsService,
    FundingIndicatorsService,
    MoneyIndicatorsService,
  ],
})
export class OperationsModule {}
