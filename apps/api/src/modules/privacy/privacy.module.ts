import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyProcessor } from './privacy.processor.js';
import { PrivacyRepository } from './privacy.repository.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [AuthModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService, PrivacyProcessor],
  exports: [PrivacyProcessor],
})
export class PrivacyModule {}
