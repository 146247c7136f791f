import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { EvidenceRepository } from './evidence.repository.js';
import { EvidenceService } from './evidence.service.js';
import { FiguresAtCutoff } from './figures-at-cutoff.service.js';
import { PublicationFigures } from './publication-figures.js';
import { PublicationService } from './publication.service.js';
import { SnapshotCreationService } from './snapshot-creation.service.js';
import { SnapshotRecordsModule } from './snapshot-records.module.js';
import { SnapshotVerificationService } from './snapshot-verification.service.js';
import { SnapshotsController } from './snapshots.controller.js';
import { SnapshotsProcessor } from './snapshots.processor.js';
import { SnapshotsService } from './snapshots.service.js';

@Module({
  imports: [AuthModule, IndicatorsModule, SnapshotRecordsModule],
  controllers: [SnapshotsController],
  providers: [
    SnapshotsService,
    FiguresAtCutoff,
    SnapshotCreationService,
    SnapshotVerificationService,
    EvidenceRepository,
    EvidenceService,
    PublicationFigures,
    PublicationService,
    SnapshotsProcessor,
  ],
  exports: [SnapshotsProcessor],
})
export class SnapshotsModule {}
