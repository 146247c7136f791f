import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import { Audited } from '../audit/audited.decorator.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { NewPrivacyRequestDto, newPrivacyRequestSchema } from './dto/privacy-request.dto.js';
import type { PrivacyRequestView } from './privacy-request.view.js';
import { PrivacyService } from './privacy.service.js';

/** Data subjects' restriction and erasure requests (issue 9, ADR 0013): admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin')
@Controller('api/admin/privacy/requests')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Post()
  @HttpCode(201)
  @Audited('privacy.request_record', {
    subject: 'privacy_request',
    idFrom: (request: PrivacyRequestView) => request.id,
    details: (request: PrivacyRequestView) => ({
      kind: request.kind,
      namedBy: request.subject.namedBy,
      actorKeys: request.subject.actorKeys,
    }),
  })
  @ApiOperation({
    summary:
      'Record a restriction or erasure request for a person named by personId, email or account',
  })
  record(@Body() body: NewPrivacyRequestDto, @Req() request: RequestWithUser) {
    return this.privacy.record(
      parseInput(newPrivacyRequestSchema, body, 'privacy request'),
      request.user as AuthenticatedUser,
    );
  }

  @Get()
  @Audited('privacy.requests_view', {
    subject: 'privacy_request',
    details: (requests: PrivacyRequestView[]) => ({ requests: requests.length }),
  })
  @ApiOperation({ summary: 'Every privacy request, newest first, with its status and why' })
  list(): Promise<PrivacyRequestView[]> {
    return this.privacy.list();
  }

  @Post(':id/lift')
  @HttpCode(200)
  @Audited('privacy.restriction_lift', { subject: 'privacy_request', idParam: 'id' })
  @ApiOperation({
    summary: 'Lift an active restriction: the person counts in live analytics again',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  lift(@Param('id') id: string, @Req() request: RequestWithUser): Promise<PrivacyRequestView> {
    return this.privacy.lift(id, request.user as AuthenticatedUser);
  }
}
