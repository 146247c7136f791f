import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { OperationsModule } from '../operations/operations.module.js';
import { EvidenceRepository } from '../snapshots/evidence.repository.js';
import { PublicationFigures } from '../snapshots/publication-figures.js';
import { SnapshotRecordsModule } from '../snapshots/snapshot-records.module.js';
import { ErdfExportWriter } from './erdf-export.writer.js';
import { ErdfFiguresService } from './erdf-figures.service.js';
import { ExportBuildService } from './export-build.service.js';
import { ExportRetentionService } from './export-retention.service.js';
import { EXPORT_WRITERS, type ExportWriter } from './export-writer.js';
import { ExportsController } from './exports.controller.js';
import { ExportsProcessor } from './exports.processor.js';
import { ExportsRepository } from './exports.repository.js';
import { ExportsService } from './exports.service.js';
import { ExportedSnapshots } from './exported-snapshots.service.js';
import { ManagerExportWriter } from './manager-export.writer.js';
import { PublicationExportWriter } from './publication-export.writer.js';

/** Every kind of export: add a writer here and it is collected under EXPORT_WRITERS. */
const WRITERS = [ManagerExportWriter, ErdfExportWriter, PublicationExportWriter];

@Module({
  imports: [AuthModule, IndicatorsModule, SnapshotRecordsModule, OperationsModule],
  controllers: [ExportsController],
  providers: [
    ExportsRepository,
    ExportsService,
    ExportBuildService,
    ExportsProcessor,
    ExportRetentionService,
    // What the ERDF and publication writers read: snapshots, their evidence, figures at the cut-off.
    ExportedSnapshots,
    EvidenceRepository,
    ErdfFiguresService,
    PublicationFigures,
    ...WRITERS,
    {
      provide: EXPORT_WRITERS,
      inject: WRITERS,
      useFactory: (...writers: ExportWriter[]): ExportWriter[] => writers,
    },
  ],
  exports: [ExportsProcessor],
})
export class ExportsModule {}
