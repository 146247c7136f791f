import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CLOCK, systemClock, type Clock } from '../common/clock.js';
import { CONFIG } from '../common/config.provider.js';
import type { Config } from '../config/config.js';
import { DATABASE_URL } from '../database/database-url.provider.js';
import { dataSourceOptions } from '../database/data-source.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { QUEUE_PROCESSORS, WorkerHost, type QueueProcessors } from '../jobs/worker-host.service.js';
import { AuditModule } from '../modules/audit/audit.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { CoursesModule } from '../modules/courses/courses.module.js';
import { ExportsModule } from '../modules/exports/exports.module.js';
import { ExportsProcessor } from '../modules/exports/exports.processor.js';
import { HealthModule } from '../modules/health/health.module.js';
import { IndicatorsModule } from '../modules/indicators/indicators.module.js';
import { IndicatorsProcessor } from '../modules/indicators/indicators.processor.js';
import { LrsModule } from '../modules/lrs/lrs.module.js';
import { LrsDocumentsModule } from '../modules/lrs-documents/lrs-documents.module.js';
import { LearnersModule } from '../modules/learners/learners.module.js';
import { OperationsModule } from '../modules/operations/operations.module.js';
import { PrivacyModule } from '../modules/privacy/privacy.module.js';
import { PrivacyProcessor } from '../modules/privacy/privacy.processor.js';
import { QualityModule } from '../modules/quality/quality.module.js';
import { SnapshotsModule } from '../modules/snapshots/snapshots.module.js';
import { SnapshotsProcessor } from '../modules/snapshots/snapshots.processor.js';
import { UsersModule } from '../modules/users/users.module.js';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  /** Run BullMQ workers and schedulers in this process. */
  worker: boolean;
  clock?: Clock;
}

@Module({})
class CoreModule {}

/**
 * One module tree for every process: the API, the worker and the all-in-one
 * embedded default differ only in whether HTTP listens and workers run.
 */
@Module({})
export class AppModule {
  static register(options: AppOptions): DynamicModule {
    const core: DynamicModule = {
      module: CoreModule,
      global: true,
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
      ],
      exports: [CONFIG, DATABASE_URL, CLOCK],
    };
    const workerProviders: Provider[] = options.worker
      ? [
          {
            provide: QUEUE_PROCESSORS,
            inject: [IndicatorsProcessor, SnapshotsProcessor, ExportsProcessor, PrivacyProcessor],
            useFactory: (
              indicators: IndicatorsProcessor,
              snapshots: SnapshotsProcessor,
              exports: ExportsProcessor,
              privacy: PrivacyProcessor,
            ): QueueProcessors => ({ indicators, snapshots, exports, privacy }),
          },
          WorkerHost,
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        core,
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        JobsModule,
        AuthModule,
        AuditModule,
        LrsModule,
        LrsDocumentsModule,
        IndicatorsModule,
        LearnersModule,
        CoursesModule,
        ExportsModule,
        OperationsModule,
        SnapshotsModule,
        UsersModule,
        QualityModule,
        PrivacyModule,
        HealthModule,
      ],
      providers: workerProviders,
    };
  }
}
