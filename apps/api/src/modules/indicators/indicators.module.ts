import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SnapshotRecordsModule } from '../snapshots/snapshot-records.module.js';
import { IndicatorsRefreshService } from './indicators-refresh.service.js';
import { IndicatorsController } from './indicators.controller.js';
import { IndicatorsProcessor } from './indicators.processor.js';
import { IndicatorFactsRepository } from './indicator-facts.repository.js';
import { IndicatorsRepository } from './indicators.repository.js';
import { IndicatorsService } from './indicators.service.js';

@Module({
  imports: [AuthModule, SnapshotRecordsModule],
  controllers: [IndicatorsController],
  providers: [
    IndicatorsRepository,
    IndicatorFactsRepository,
    IndicatorsService,
    IndicatorsRefreshService,
    IndicatorsProcessor,
  ],
  exports: [IndicatorsService, IndicatorsRefreshService, IndicatorsProcessor],
})
export class IndicatorsModule {}
