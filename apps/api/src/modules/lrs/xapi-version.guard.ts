import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { badRequest } from '../../common/app-error.js';
import { parseXapiVersion, type XapiVersion } from './xapi-version.js';

export type XapiRequest = Request & { xapiVersion?: XapiVersion };

/**
 * Every xAPI request except About must say which version it speaks (xAPI
 * 1.0.3 Communication 1.2 / 2.0.0 4.1.2); the request is then served by that
 * version's rules.
 */
@Injectable()
export class XapiVersionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<XapiRequest>();
    const requested = request.header('X-Experience-API-Version');
    if (!requested) {
      throw badRequest(
        'xapi.version_missing',
        'Send the header "X-Experience-API-Version" (1.0.3 or 2.0.0).',
      );
    }
    const version = parseXapiVersion(requested);
    if (!version) {
      throw badRequest(
        'xapi.version_unsupported',
        `xAPI version ${requested} is not supported; use 1.0.x or 2.0.x.`,
      );
    }
    request.xapiVersion = version;
    return true;
  }
}

/**
 * Express middleware for /xapi: every response, errors included, carries the
 * version it was served with: the requested one when supported, else
 * `fallback`. (The 1.0.3 and 2.0.0 conformance suites disagree on the header
 * of a request that names no version, each expecting its own; hence a
 * setting, FITA_XAPI_DEFAULT_VERSION, defaulting to the latest.)
 */
export function xapiVersionHeader(fallback: XapiVersion) {
  return (request: Request, response: Response, next: NextFunction): void => {
    response.setHeader(
      'X-Experience-API-Version',
      parseXapiVersion(request.header('X-Experience-API-Version')) ?? fallback,
    );
    next();
  };
}
