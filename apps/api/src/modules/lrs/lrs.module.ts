import { Module } from '@nestjs/common';
import { LrsActivitiesModule } from '../lrs-documents/lrs-activities.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { AboutController } from './about.controller.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { LrsBasicAuthGuard } from './lrs-basic-auth.guard.js';
import { LrsCredentialsRepository } from './lrs-credentials.repository.js';
import { LrsCredentialsController } from './lrs-credentials.controller.js';
import { LrsCredentialsService } from './lrs-credentials.service.js';
import { StatementRejectionsInterceptor } from './statement-rejections.interceptor.js';
import { StatementRejectionsRepository } from './statement-rejections.repository.js';
import { StatementsController } from './statements.controller.js';
import { StatementsRepository } from './statements.repository.js';
import { StatementsService } from './statements.service.js';
import { XapiVersionGuard } from './xapi-version.guard.js';

@Module({
  imports: [AuthModule, LrsActivitiesModule],
  controllers: [StatementsController, AboutController, LrsCredentialsController],
  providers: [
    AttachmentsRepository,
    LrsBasicAuthGuard,
    LrsCredentialsRepository,
    LrsCredentialsService,
    StatementRejectionsInterceptor,
    StatementRejectionsRepository,
    StatementsRepository,
    StatementsService,
    XapiVersionGuard,
  ],
  exports: [LrsCredentialsService],
})
export class LrsModule {}
