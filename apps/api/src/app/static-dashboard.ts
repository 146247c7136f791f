import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { withCspNonce } from './security/content-security-policy.js';

const BACKEND_PATHS = /^\/(api|xapi|health)(\/|$)/;

/**
 * Serves the built Angular app at `/`, with client-side routes falling back to
 * index.html. Until the dashboard is built, `/` says how to build it.
 */
export function serveDashboard(server: Express, dashboardDir: string): void {
  const index = path.join(dashboardDir, 'index.html');
  // Compressed, the initial bundle is about a third of its size (issue 7 budget: 150 kB
  // transferred). Only the dashboard's files: API answers keep their own streaming.
  const compress = compression();
  const dashboardOnly = (request: Request, response: Response, next: NextFunction) =>
    BACKEND_PATHS.test(request.path) ? next() : compress(request, response, next);
  server.use(dashboardOnly);
  const assets = express.static(dashboardDir, { index: false, maxAge: '1h' });
  // index.html carries a fresh CSP nonce each time, so it is never served as a plain file.
  server.use((request: Request, response: Response, next: NextFunction) =>
    request.path === '/index.html' ? next() : assets(request, response, next),
  );
  server.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || BACKEND_PATHS.test(request.path)) return next();
    if (!fs.existsSync(index)) {
      response
        .status(503)
        .type('text/plain')
        .send(
          `The dashboard is not built yet (looked in ${dashboardDir}). Run "npm run build", or "npm start" which builds it.`,
        );
      return;
    }
    void fs.promises.readFile(index, 'utf8').then((html) => {
      // Not even revalidated: a cached page would hold a nonce its new policy no longer allows.
      response.setHeader('Cache-Control', 'no-store');
      response.type('html').send(withCspNonce(html, response));
    }, next);
  });
}
