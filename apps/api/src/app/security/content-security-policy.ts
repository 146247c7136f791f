import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CspDirectives = Record<
  string,
  (string | ((req: IncomingMessage, res: ServerResponse) => string))[]
>;

/**
 * Stands in index.html (apps/dashboard/src/index.html, `ngCspNonce`) for the
 * nonce of each response. Angular puts that nonce on the <style> elements it
 * adds for component styles, the only inline code the dashboard has.
 */
export const CSP_NONCE_PLACEHOLDER = 'fita-csp-nonce';

const nonces = new WeakMap<ServerResponse, string>();

/** A fresh nonce for this response's policy and page. */
export function assignCspNonce(response: ServerResponse): string {
  const nonce = randomBytes(16).toString('base64');
  nonces.set(response, nonce);
  return nonce;
}

export function cspNonceOf(response: ServerResponse): string | undefined {
  return nonces.get(response);
}

/** The page with this response's nonce in place of the placeholder; as is without one. */
export function withCspNonce(html: string, response: ServerResponse): string {
  const nonce = cspNonceOf(response);
  return nonce === undefined ? html : html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
}

/** What no Fita page needs: plugins, being framed, foreign form targets or base URLs. */
const PAGE_RESTRICTIONS: CspDirectives = {
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

/**
 * The built dashboard: its own scripts only (no inline script, no handler
 * attributes; the production build does not inline critical CSS for that
 * reason, see angular.json), styles from its files or carrying the nonce,
 * and images from data: and blob: URLs (chart PNGs on the publication page).
 * chart.js draws on canvas and needs nothing more.
 */
export const DASHBOARD_POLICY: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", (_req, res) => `'nonce-${cspNonceOf(res) ?? ''}'`],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  ...PAGE_RESTRICTIONS,
};

/**
 * Swagger UI at /api/docs: its scripts are files, but its page and its React
 * components use inline styles, and its icons are data: images. Scripts stay
 * as strict as the dashboard's.
 */
export const API_DOCS_POLICY: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  ...PAGE_RESTRICTIONS,
};

/** JSON and files (/api, /xapi, /health): nothing in them may run, load or be framed. */
export const DATA_POLICY: CspDirectives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};
