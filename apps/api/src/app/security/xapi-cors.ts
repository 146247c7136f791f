import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** What xAPI clients send: Basic auth, the version, JSON, and the concurrency headers. */
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-Experience-API-Version',
  'If-Match',
  'If-None-Match',
];
const ALLOWED_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'OPTIONS'];
/** What they read back (the xAPI spec's response headers). */
const EXPOSED_HEADERS = [
  'ETag',
  'Last-Modified',
  'X-Experience-API-Consistent-Through',
  'X-Experience-API-Version',
];
/** Chromium caps a preflight's life at two hours. */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/**
 * CORS for /xapi only: e-learning content and cmi5 players in browsers call
 * the LRS from their own origins. Any origin may, without cookies (the LRS
 * key and secret travel in the Authorization header), so a wildcard suffices.
 * /api and the dashboard send no CORS headers: same origin only.
 */
export function xapiCors(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
    if (request.method !== 'OPTIONS' || !request.headers['access-control-request-method']) {
      return next();
    }
    response.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS.join(', '));
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    response.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    response.status(204).end();
  };
}
