import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { forbidden, unauthorized } from '../../common/app-error.js';
import { LrsCredentialsService, type LrsClient } from './lrs-credentials.service.js';
import { LRS_RESOURCE_KEY, type LrsResource } from './lrs-resource.decorator.js';
import type { LrsScope } from './lrs-scopes.js';

export type LrsRequest = Request & { lrsClient?: LrsClient };

/** Scopes that grant each kind of access to each resource; `all` grants everything. */
const GRANTING: Record<LrsResource, Record<'write' | 'read', LrsScope[]>> = {
  statements: {
    write: ['statements/write', 'all'],
    read: ['statements/read', 'statements/read/mine', 'all/read', 'all'],
  },
  state: { write: ['state', 'all'], read: ['state', 'all/read', 'all'] },
  profile: { write: ['profile', 'all'], read: ['profile', 'all/read', 'all'] },
};

/** xAPI resources: HTTP Basic with an LRS credential's key and secret. */
@Injectable()
export class LrsBasicAuthGuard implements CanActivate {
  constructor(
    private readonly credentials: LrsCredentialsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<LrsRequest>();
    const basic = parseBasic(request.headers.authorization);
    if (!basic) {
      throw unauthorized(
        'lrs.missing_credentials',
        'Send an LRS key and secret with HTTP Basic authentication.',
      );
    }
    const client = await this.credentials.verify(basic.key, basic.secret);
    if (!client)
      throw unauthorized(
        'lrs.invalid_credentials',
        'The LRS key or secret is wrong, or the key was revoked.',
      );
    const access = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
    const resource =
      this.reflector.getAllAndOverride<LrsResource | undefined>(LRS_RESOURCE_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'statements';
    if (!client.scopes.some((scope) => GRANTING[resource][access].includes(scope))) {
      throw forbidden(
        'lrs.scope',
        `This credential may not ${access} ${resource} (scopes: ${client.scopes.join(', ')}).`,
      );
    }
    request.lrsClient = client;
    return true;
  }
}

function parseBasic(header: string | undefined): { key: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
