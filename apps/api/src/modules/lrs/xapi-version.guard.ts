import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { badRequest } from '../../common/app-error.js';

/** The xAPI version this LRS answers with. */
export const XAPI_VERSION = '1.0.3';

/**
 * Every xAPI request must say which version it speaks (xAPI 1.0.3, part 3,
 * 6.2); responses always carry the version header.
 */
@Injectable()
export class XapiVersionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    http.getResponse<Response>().setHeader('X-Experience-API-Version', XAPI_VERSION);
    const requested = http.getRequest<Request>().header('X-Experience-API-Version');
    if (!requested) {
      throw badRequest(
        'xapi.version_missing',
        'Send the header "X-Experience-API-Version: 1.0.3".',
      );
    }
    if (!/^1\.0(\.\d+)?$/.test(requested.trim())) {
      throw badRequest(
        'xapi.version_unsupported',
        `xAPI version ${requested} is not supported; use 1.0.x.`,
      );
    }
    return true;
  }
}
