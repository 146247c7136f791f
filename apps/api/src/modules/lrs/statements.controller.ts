import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBasicAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Statement } from '@fita/xapi';
import type { Response } from 'express';
import { LrsBasicAuthGuard, type LrsRequest } from './lrs-basic-auth.guard.js';
import { decodeMore } from './more-token.js';
import { buildMultipart } from './multipart-mixed.js';
import { readStatementUpload } from './statement-attachments.js';
import { formatStatement } from './statement-format.js';
import { parsePutStatementId, parseStatementRequest } from './statement-query.js';
import { StatementRejectionsInterceptor } from './statement-rejections.interceptor.js';
import { StatementsService, type StoreOptions } from './statements.service.js';
import { XapiVersionGuard, type XapiRequest } from './xapi-version.guard.js';

@ApiTags('xAPI')
@ApiBasicAuth()
@ApiHeader({ name: 'X-Experience-API-Version', required: true, example: '1.0.3' })
@UseGuards(XapiVersionGuard, LrsBasicAuthGuard)
@Controller('xapi/statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(StatementRejectionsInterceptor)
  @ApiOperation({ summary: 'Store one statement or a batch (all or nothing); returns their ids' })
  store(@Body() body: unknown, @Req() request: LrsRequest): Promise<string[]> {
    const upload = uploadOf(request, body);
    return this.statements.store(
      upload.statements,
      request.lrsClient!,
      homePage(request),
      upload.options,
    );
  }

  @Put()
  @HttpCode(204)
  @UseInterceptors(StatementRejectionsInterceptor)
  @ApiOperation({ summary: 'Store one statement under the id given as statementId' })
  async put(
    @Query() params: Record<string, unknown>,
    @Body() body: unknown,
    @Req() request: LrsRequest,
  ): Promise<void> {
    const statementId = parsePutStatementId(params);
    const upload = uploadOf(request, body);
    await this.statements.put(
      statementId,
      upload.statements,
      request.lrsClient!,
      homePage(request),
      upload.options,
    );
  }

  @Get()
  @ApiOperation({
    summary: 'One statement (statementId, voidedStatementId) or a query with filters and paging',
  })
  async get(
    @Query() params: Record<string, unknown>,
    @Req() request: LrsRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    // Taken before reading, so nothing stored before this instant can be missing from the answer.
    response.setHeader('X-Experience-API-Consistent-Through', new Date().toISOString());
    const page = params['more'] === undefined ? undefined : decodeMore(params['more']);
    const parsed = parseStatementRequest(page ? page.params : params);
    const client = request.lrsClient!;
    const storedBy = client.readsOnlyOwn ? client.credentialId : undefined;
    if (parsed.kind === 'single') {
      const found = await this.statements.getOne(parsed.statementId, parsed.voided, storedBy);
      response.setHeader('Last-Modified', found.stored.toUTCString());
      return this.answer(
        formatStatement(found.payload, parsed.format, acceptLanguage),
        [found.payload],
        parsed.attachments,
      );
    }
    const result = await this.statements.query(
      { ...parsed.query, storedBy },
      stringParams(page?.params ?? params),
      page?.cursor,
    );
    const newest = result.statements
      .map((s) => s.stored.getTime())
      .reduce((a, b) => Math.max(a, b), 0);
    if (newest > 0) response.setHeader('Last-Modified', new Date(newest).toUTCString());
    return this.answer(
      {
        statements: result.statements.map((s) =>
          formatStatement(s.payload, parsed.query.format, acceptLanguage),
        ),
        more: result.more,
      },
      result.statements.map((s) => s.payload),
      parsed.query.attachments,
    );
  }

  /**
   * The JSON answer as is, or with attachments=true as multipart/mixed (xAPI
   * Communication 2.1.3): the JSON first, then the stored content of each
   * attachment of the statements, once per sha2.
   */
  private async answer(
    json: unknown,
    statements: Statement[],
    attachments: boolean,
  ): Promise<unknown> {
    if (!attachments) return json;
    const contents = await this.statements.attachmentContents(statements);
    const { contentType, body } = buildMultipart([
      { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(json)) },
      ...contents.map((content) => ({
        headers: {
          'Content-Type': content.contentType,
          'Content-Transfer-Encoding': 'binary',
          'X-Experience-API-Hash': content.sha2,
        },
        body: content.content,
      })),
    ]);
    return new StreamableFile(body, { type: contentType, length: body.length });
  }
}

/** The statements of a POST or PUT, from its JSON or multipart/mixed body, and what came with them. */
function uploadOf(
  request: LrsRequest,
  body: unknown,
): { statements: unknown; options: StoreOptions } {
  const upload = readStatementUpload(request.header('content-type'), body);
  return {
    statements: upload.body,
    options: { payloads: upload.payloads, version: (request as XapiRequest).xapiVersion },
  };
}

function homePage(request: LrsRequest): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

function stringParams(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
