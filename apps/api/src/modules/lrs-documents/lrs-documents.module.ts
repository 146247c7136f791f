import { Module } from '@nestjs/common';
import { LrsBasicAuthGuard } from '../lrs/lrs-basic-auth.guard.js';
import { LrsModule } from '../lrs/lrs.module.js';
import { XapiVersionGuard } from '../lrs/xapi-version.guard.js';
import { ActivitiesController } from './activities.controller.js';
import { ActivityProfileController } from './activity-profile.controller.js';
import { AgentProfileController } from './agent-profile.controller.js';
import { AgentsController } from './agents.controller.js';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentsService } from './documents.service.js';
import { LrsActivitiesModule } from './lrs-activities.module.js';
import { StateController } from './state.controller.js';

/** The xAPI resources besides statements: State, Activity Profile, Agent Profile, Agents, Activities. */
@Module({
  imports: [LrsModule, LrsActivitiesModule],
  controllers: [
    StateController,
    ActivityProfileController,
    AgentProfileController,
    AgentsController,
    ActivitiesController,
  ],
  providers: [DocumentsRepository, DocumentsService, LrsBasicAuthGuard, XapiVersionGuard],
})
export class LrsDocumentsModule {}
