import { Body, Controller, Delete, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { NewLrsCredentialDto, newLrsCredentialSchema } from './dto/new-lrs-credential.dto.js';
import { LrsCredentialsService, type LrsCredentialView } from './lrs-credentials.service.js';

/** Admin API for the keys xAPI clients use (the same actions as `npm run fita -- credentials`). */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin')
@Controller('api/admin/lrs-credentials')
export class LrsCredentialsController {
  constructor(private readonly credentials: LrsCredentialsService) {}

  @Get()
  @ApiOperation({ summary: 'List LRS credentials (secrets are never shown again)' })
  list(): Promise<LrsCredentialView[]> {
    return this.credentials.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an LRS credential; the answer holds its secret, once' })
  create(@Body() body: NewLrsCredentialDto): Promise<{ key: string; secret: string }> {
    return this.credentials.create(parseInput(newLrsCredentialSchema, body, 'LRS credential'));
  }

  @Delete(':key')
  @ApiOperation({ summary: 'Revoke an LRS credential' })
  revoke(@Param('key') key: string): Promise<LrsCredentialView> {
    return this.credentials.revoke(key);
  }
}
