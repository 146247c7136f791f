import {
  Body,
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  Post,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import { Audited } from '../audit/audited.decorator.js';
import { noteAuditDetails } from '../audit/audit-details.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import { NewExportDto, newExportFromBody } from './dto/new-export.dto.js';
import type { ExportView } from './export.view.js';
import { ExportsService, type ExportAccepted } from './exports.service.js';

/**
 * Exports (issue 8). Anyone signed in may ask for one; each kind's writer
 * decides which roles may have it. A person sees their own exports; admins
 * and auditors see everyone's.
 */
@ApiTags('exports')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(private readonly exports: ExportsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for an export; a job builds its file (follow GET /api/exports/:id)',
  })
  create(@Body() body: NewExportDto, @Req() request: RequestWithUser): Promise<ExportAccepted> {
    return this.exports.request(newExportFromBody(body), userOf(request));
  }

  @Get()
  @ApiOperation({ summary: 'Your exports, newest first (admins and auditors: everyone’s)' })
  list(@Req() request: RequestWithUser): Promise<ExportView[]> {
    return this.exports.list(userOf(request));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One export: its status, progress, stage and file' })
  @ApiParam({ name: 'id', format: 'uuid' })
  get(@Param('id') id: string, @Req() request: RequestWithUser): Promise<ExportView> {
    return this.exports.get(id, userOf(request));
  }

  @Get(':id/file')
  @Audited('export.download', { subject: 'export', idParam: 'id' })
  @ApiOperation({ summary: 'Download the file of a finished export (409 until it is done)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  async file(
    @Param('id') id: string,
    @Req() request: RequestWithUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { view, stream } = await this.exports.file(id, userOf(request));
    noteAuditDetails(request, {
      kind: view.request.kind,
      evidence: view.request.evidence === true,
      requestedBy: view.requestedBy.id,
    });
    const fileName = view.fileName ?? `${view.id}`;
    // RFC 9530: the reader can check the download against what was stored.
    response.setHeader(
      'Repr-Digest',
      `sha-256=:${Buffer.from(view.sha256 ?? '', 'hex').toString('base64')}:`,
    );
    // Returned rather than piped here, so that the audit event is written
    // before the first byte leaves: a file whose download cannot be recorded
    // is not sent.
    return new StreamableFile(stream, {
      type: view.contentType ?? 'application/octet-stream',
      length: view.byteSize ?? 0,
      disposition: attachment(fileName),
    }).setErrorHandler((error, reply) => {
      // The headers are gone: all that is left is to cut the response short.
      this.logger.warn(`download of export ${view.id} broke off: ${error.message}`);
      reply.destroy?.();
    });
  }
}

/** RFC 6266: a plain ASCII name for old clients, the exact UTF-8 one for the others. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The guard has run: a route of this controller always has its user. */
function userOf(request: RequestWithUser): AuthenticatedUser {
  if (!request.user) throw new Error('BearerAuthGuard did not set the user.');
  return request.user;
}
