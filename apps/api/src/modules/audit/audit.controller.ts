import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { AUDIT_ACTIONS } from './audit-actions.js';
import type { AuditPageView } from './audit-event.view.js';
import { AuditLogService } from './audit-log.service.js';
import { AUDIT_PAGE_SIZE, auditQueryFromQuery } from './dto/audit-query.query.js';

/** The audit log, for admins (issue 9). */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin')
@Controller('api/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @ApiOperation({
    summary:
      'Who viewed evidence, person-level data or export files, and who changed users: newest first, paged',
  })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-12-31' })
  @ApiQuery({ name: 'action', required: false, enum: AUDIT_ACTIONS })
  @ApiQuery({ name: 'user', required: false, description: 'A user id or e-mail address' })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: AUDIT_PAGE_SIZE.default })
  list(@Query() query: Record<string, unknown>): Promise<AuditPageView> {
    return this.audit.page(auditQueryFromQuery(query));
  }
}
