import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LearnersImportService } from './learners-import.service.js';
import { LearnersController } from './learners.controller.js';
import { LearnersRepository } from './learners.repository.js';

@Module({
  imports: [AuthModule],
  controllers: [LearnersController],
  providers: [LearnersRepository, LearnersImportService],
  exports: [LearnersImportService],
})
export class LearnersModule {}
