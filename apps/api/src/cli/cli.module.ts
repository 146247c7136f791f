import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CLOCK, systemClock } from '../common/clock.js';
import { CONFIG } from '../common/config.provider.js';
import type { Config } from '../config/config.js';
import { dataSourceOptions } from '../database/data-source.js';
import { CoursesImportService } from '../modules/courses/courses-import.service.js';
import { CoursesRepository } from '../modules/courses/courses.repository.js';
import { LearnersImportService } from '../modules/learners/learners-import.service.js';
import { LearnersRepository } from '../modules/learners/learners.repository.js';
import { LrsCredentialsRepository } from '../modules/lrs/lrs-credentials.repository.js';
import { LrsCredentialsService } from '../modules/lrs/lrs-credentials.service.js';

/** Just what the `fita` command needs: no HTTP, no queues, no workers. */
@Module({})
export class CliModule {
  static register(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl))],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CLOCK, useValue: systemClock },
        LrsCredentialsRepository,
        LrsCredentialsService,
        LearnersRepository,
        LearnersImportService,
        CoursesRepository,
        CoursesImportService,
      ],
    };
  }
}
