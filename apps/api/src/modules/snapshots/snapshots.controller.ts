import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectClock, type Clock } from '../../common/clock.js';
import { Audited } from '../audit/audited.decorator.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { evidenceRequestFromQuery } from './dto/evidence.query.js';
import { NewSnapshotDto, newSnapshotFromBody } from './dto/new-snapshot.dto.js';
import { publicationOptionsFromQuery } from './dto/publication.query.js';
import { snapshotIdFrom } from './dto/snapshot-id.js';
import { EvidenceService, type EvidenceView } from './evidence.service.js';
import type { PublishableSnapshotView } from './publication-snapshot.view.js';
import type { PublicationView } from './publication-view.js';
import { PublicationService } from './publication.service.js';
import {
  SnapshotVerificationService,
  type SnapshotVerificationView,
} from './snapshot-verification.service.js';
import type { SnapshotListItemView, SnapshotSummaryView, SnapshotView } from './snapshot.view.js';
import {
  SnapshotsService,
  type SnapshotComparisonView,
  type SnapshotJobAccepted,
  type SnapshotJobView,
} from './snapshots.service.js';

/**
 * Snapshots, their evidence and publication view (spec sections 7 and 8).
 * Managers and admins create them; approval is theirs too, but never by the
 * creator; auditors read and verify everything and, with admins, see the
 * evidence; communications sees the approved, current snapshots and their
 * publication views only.
 */
@ApiTags('snapshots')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin', 'manager', 'auditor')
@Controller('api/snapshots')
export class SnapshotsController {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly verification: SnapshotVerificationService,
    private readonly evidenceService: EvidenceService,
    private readonly publications: PublicationService,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Freeze the indicators of a query at a cut-off (a job; follow it)' })
  create(
    @Body() body: NewSnapshotDto,
    @Req() request: RequestWithUser,
  ): Promise<SnapshotJobAccepted> {
    return this.snapshots.request(newSnapshotFromBody(body, this.clock.now()), userOf(request));
  }

  @Get()
  @ApiOperation({ summary: 'Every snapshot, newest first, with approval and what superseded it' })
  list(): Promise<SnapshotListItemView[]> {
    return this.snapshots.list();
  }

  // Declared before `:id` so that `published`, `jobs` and `compare` are not read as ids.
  @Get('published')
  @Roles('admin', 'manager', 'auditor', 'communications')
  @ApiOperation({
    summary: 'Approved snapshots not superseded, newest first: the ones whose figures may go out',
  })
  published(): Promise<PublishableSnapshotView[]> {
    return this.publications.publishable();
  }

  @Get('jobs/:jobId')
  @ApiOperation({ summary: 'State and progress of a snapshot job; the snapshot id once done' })
  job(@Param('jobId') jobId: string): Promise<SnapshotJobView> {
    return this.snapshots.job(snapshotIdFrom(jobId, 'jobId'));
  }

  @Get('compare')
  @ApiOperation({ summary: 'Two snapshots value by value, with the differences (b − a)' })
  @ApiQuery({ name: 'a', format: 'uuid' })
  @ApiQuery({ name: 'b', format: 'uuid' })
  compare(@Query() query: Record<string, unknown>): Promise<SnapshotComparisonView> {
    return this.snapshots.compare(snapshotIdFrom(query['a'], 'a'), snapshotIdFrom(query['b'], 'b'));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A snapshot with its whole frozen answer' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id') id: string): Promise<SnapshotView> {
    return this.snapshots.get(snapshotIdFrom(id, 'id'));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Approve a snapshot, once, as someone other than its creator' })
  @ApiParam({ name: 'id', format: 'uuid' })
  approve(@Param('id') id: string, @Req() request: RequestWithUser): Promise<SnapshotSummaryView> {
    return this.snapshots.approve(snapshotIdFrom(id, 'id'), userOf(request));
  }

  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Recompute at the snapshot’s cut-off and report what no longer matches',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  verify(@Param('id') id: string): Promise<SnapshotVerificationView> {
    return this.verification.verify(snapshotIdFrom(id, 'id'));
  }

  @Get(':id/evidence')
  @Roles('auditor', 'admin')
  @Audited('evidence.view', {
    subject: 'snapshot',
    idParam: 'id',
    details: (evidence: EvidenceView) => ({
      value: evidence.value,
      page: evidence.page,
      entries: evidence.entries.length,
    }),
  })
  @ApiOperation({
    summary: 'The pseudonymous persons or pairs behind a counted value, with their statement ids',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({ name: 'value', example: 'breakdowns.users.sex.woman' })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 50 })
  evidence(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<EvidenceView> {
    return this.evidenceService.evidence(snapshotIdFrom(id, 'id'), evidenceRequestFromQuery(query));
  }

  @Get(':id/publication')
  @Roles('admin', 'manager', 'auditor', 'communications')
  @ApiOperation({ summary: 'The snapshot with disclosure control applied (spec section 8)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({ name: 'k', required: false, example: 5 })
  @ApiQuery({ name: 'lang', required: false, enum: ['ca', 'es', 'en'] })
  publication(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Req() request: RequestWithUser,
  ): Promise<PublicationView> {
    return this.publications.publication(
      snapshotIdFrom(id, 'id'),
      publicationOptionsFromQuery(query),
      userOf(request),
    );
  }
}

/** The guard has run: a route of this controller always has its user. */
function userOf(request: RequestWithUser): AuthenticatedUser {
  if (!request.user) throw new Error('BearerAuthGuard did not set the user.');
  return request.user;
}
