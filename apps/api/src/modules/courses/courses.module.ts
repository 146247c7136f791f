import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CoursesImportService } from './courses-import.service.js';
import { CoursesController } from './courses.controller.js';
import { CoursesRepository } from './courses.repository.js';
import { CoursesService } from './courses.service.js';

@Module({
  imports: [AuthModule],
  controllers: [CoursesController],
  providers: [CoursesRepository, CoursesImportService, CoursesService],
  exports: [CoursesImportService],
})
export class CoursesModule {}
