import { Module } from '@nestjs/common';
import { AboutController } from './about.controller.js';
import { LrsBasicAuthGuard } from './lrs-basic-auth.guard.js';
import { LrsCredentialsRepository } from './lrs-credentials.repository.js';
import { LrsCredentialsService } from './lrs-credentials.service.js';
import { StatementsController } from './statements.controller.js';
import { StatementsRepository } from './statements.repository.js';
import { StatementsService } from './statements.service.js';
import { XapiVersionGuard } from './xapi-version.guard.js';

@Module({
  controllers: [StatementsController, AboutController],
  providers: [
    LrsBasicAuthGuard,
    LrsCredentialsRepository,
    LrsCredentialsService,
    StatementsRepository,
    StatementsService,
    XapiVersionGuard,
  ],
  exports: [LrsCredentialsService],
})
export class LrsModule {}
