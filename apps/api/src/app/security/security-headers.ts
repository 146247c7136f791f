import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import {
  API_DOCS_POLICY,
  DASHBOARD_POLICY,
  DATA_POLICY,
  assignCspNonce,
  type CspDirectives,
} from './content-security-policy.js';

/** What a path serves, which decides its content security policy and who may embed it. */
export type Surface = 'dashboard' | 'api-docs' | 'api' | 'xapi';

export function surfaceOf(path: string): Surface {
  if (/^\/api\/docs(\/|$)/.test(path)) return 'api-docs';
  if (/^\/xapi(\/|$)/.test(path)) return 'xapi';
  if (/^\/(api|health)(\/|$)/.test(path)) return 'api';
  return 'dashboard';
}

const SHARED: HelmetOptions = {
  // Fita may be served on an organisation's own domain: its subdomains are not Fita's to decide.
  strictTransportSecurity: { maxAge: 365 * 24 * 3600, includeSubDomains: false },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

function helmetWith(
  directives: CspDirectives,
  resources: 'same-origin' | 'cross-origin',
): RequestHandler {
  return helmet({
    ...SHARED,
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginResourcePolicy: { policy: resources },
  }) as RequestHandler;
}

const BY_SURFACE: Record<Surface, RequestHandler> = {
  dashboard: helmetWith(DASHBOARD_POLICY, 'same-origin'),
  'api-docs': helmetWith(API_DOCS_POLICY, 'same-origin'),
  api: helmetWith(DATA_POLICY, 'same-origin'),
  // Read from e-learning content on other origins (CORS: xapi-cors.ts).
  xapi: helmetWith(DATA_POLICY, 'cross-origin'),
};

/** helmet's headers on every response, with the policy of what the path serves. */
export function securityHeaders(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const surface = surfaceOf(request.path);
    if (surface === 'dashboard') assignCspNonce(response);
    BY_SURFACE[surface](request, response, next);
  };
}
