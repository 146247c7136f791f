import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { notFound } from '../../common/app-error.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { Audited } from '../audit/audited.decorator.js';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { receiveFile } from '../imports/multipart-file.js';
import { LearnersImportService, type RegistryImportResult } from './learners-import.service.js';
import { LearnersRepository, type IdentityView, type PersonView } from './learners.repository.js';

/** The learner registry: its import, and pseudonymous reads (plain identities for admins only). */
@ApiTags('learners')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/learners')
export class LearnersController {
  constructor(
    private readonly imports: LearnersImportService,
    private readonly learners: LearnersRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Import a learner registry (CSV or XLSX, field "file"): 200 { applied } or 422 { errors } with nothing applied',
  })
  async import(@Req() request: Request): Promise<RegistryImportResult> {
    const file = await receiveFile(request, this.config.maxImportBytes);
    return this.imports.import(file.stream);
  }

  @Get('summary')
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'How many persons and identifiers the registry holds' })
  summary() {
    return this.learners.summary();
  }

  @Get(':personId')
  @Roles('admin', 'auditor')
  @Audited('learner.view', { subject: 'person', idParam: 'personId' })
  @ApiOperation({ summary: "A person's demographics and actor keys (no plain identifiers)" })
  async person(@Param('personId') personId: string): Promise<PersonView> {
    return (await this.learners.findPerson(personId)) ?? personNotFound(personId);
  }

  @Get(':personId/identities')
  @Roles('admin')
  @Audited('learner.identities.view', {
    subject: 'person',
    idParam: 'personId',
    details: (identities: IdentityView[]) => ({ identities: identities.length }),
  })
  @ApiOperation({ summary: "A person's e-mail addresses and accounts (admins only)" })
  async identities(@Param('personId') personId: string): Promise<IdentityView[]> {
    if (!(await this.learners.findPerson(personId))) personNotFound(personId);
    return this.learners.identitiesOf(personId);
  }
}

function personNotFound(personId: string): never {
  throw notFound('learners.person_not_found', `No person ${personId} in the learner registry.`);
}
