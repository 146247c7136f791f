import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CoursesRepository } from '../courses/courses.repository.js';
import { LearnersRepository } from '../learners/learners.repository.js';
import { QualityController } from './quality.controller.js';
import { QualityRepository } from './quality.repository.js';
import { QualityService } from './quality.service.js';

/**
 * The data quality view. It reuses the catalogue's and the registry's own
 * queries (uncatalogued activities, registry summary) through their
 * repositories, which hold no state, rather than restating their SQL.
 */
@Module({
  imports: [AuthModule],
  controllers: [QualityController],
  providers: [QualityRepository, QualityService, CoursesRepository, LearnersRepository],
})
export class QualityModule {}
