import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findRepoRoot } from '../../config/repo-root.js';
import { lrsHeaders, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { CSP_NONCE_PLACEHOLDER } from './content-security-policy.js';

/** A policy header as a map of directive to its sources. */
function policyOf(response: Response): Record<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

const COURSE_ORIGIN = 'https://course.example.org';

describe('security headers, content security policies and CORS', () => {
  let app: TestApp;
  const dashboardDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-csp-'));

  beforeAll(async () => {
    fs.writeFileSync(
      path.join(dashboardDir, 'index.html'),
      `<!doctype html><title>Fita</title><fita-root ngCspNonce="${CSP_NONCE_PLACEHOLDER}"></fita-root>`,
    );
    fs.writeFileSync(path.join(dashboardDir, 'main-abc.js'), 'export {};\n');
    app = await startTestApp({ env: { FITA_DASHBOARD_DIR: dashboardDir } });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dashboardDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}${url}`, { headers });

  describe('on every response', () => {
    it.each([
      '/',
      '/trends',
      '/main-abc.js',
      '/api/auth/me',
      '/health',
      '/xapi/about',
      '/api/docs',
    ])('%s carries helmet’s headers', async (url) => {
      const response = await get(url);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(policyOf(response)['frame-ancestors']).toEqual(["'none'"]);
      expect(policyOf(response)['upgrade-insecure-requests']).toBeUndefined();
    });
  });

  describe('dashboard', () => {
    it('allows its own scripts only, and styles from its files or with this page’s nonce', async () => {
      const response = await get('/');
      const policy = policyOf(response);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['script-src-attr']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:']);
      const [self, nonceSource] = policy['style-src'] ?? [];
      expect(self).toBe("'self'");
      const nonce = /^'nonce-([A-Za-z0-9+/=]{24})'$/.exec(nonceSource ?? '')?.[1];
      expect(nonce).toBeDefined();
      expect(await response.text()).toContain(`<fita-root ngCspNonce="${nonce}">`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    });

    it('gives each page a nonce of its own, also when index.html is asked for by name', async () => {
      const nonces = await Promise.all(
        ['/', '/overview', '/index.html'].map(async (url) => {
          const html = await (await get(url)).text();
          return /ngCspNonce="([^"]+)"/.exec(html)?.[1];
        }),
      );
      expect(nonces).not.toContain(CSP_NONCE_PLACEHOLDER);
      expect(new Set(nonces).size).toBe(3);
    });

    it('has the placeholder in the dashboard’s source index.html', () => {
      const index = fs.readFileSync(
        path.join(findRepoRoot(), 'apps/dashboard/src/index.html'),
        'utf8',
      );
      expect(index).toContain(`<fita-root ngCspNonce="${CSP_NONCE_PLACEHOLDER}">`);
    });
  });

  describe('OpenAPI docs', () => {
    it('let Swagger UI use inline styles and data: icons, but run only its own script files', async () => {
      const page = await get('/api/docs');
      expect(page.status).toBe(200);
      const policy = policyOf(page);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['script-src-attr']).toEqual(["'none'"]);
      expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy['img-src']).toEqual(["'self'", 'data:']);
      // Every script of the page is a file under /api/docs (no inline script to allow).
      const html = await page.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map(
        ([, src]) => new URL(src ?? '', `${app.baseUrl}/api/docs`),
      );
      expect(scripts.map((url) => path.basename(url.pathname))).toEqual([
        'swagger-ui-bundle.js',
        'swagger-ui-standalone-preset.js',
        'swagger-ui-init.js',
      ]);
      for (const url of scripts) expect((await fetch(url)).status).toBe(200);
    });
  });

  describe('API answers', () => {
    it.each(['/api/auth/me', '/health', '/xapi/about'])(
      '%s may load and run nothing',
      async (url) => {
        expect(policyOf(await get(url))['default-src']).toEqual(["'none'"]);
      },
    );
  });

  describe('CORS on /xapi: any origin', () => {
    it('answers a preflight with the methods and headers xAPI clients send', async () => {
      const response = await fetch(`${app.baseUrl}/xapi/activities/state`, {
        method: 'OPTIONS',
        headers: {
          Origin: COURSE_ORIGIN,
          'Access-Control-Request-Method': 'PUT',
          'Access-Control-Request-Headers':
            'authorization,content-type,x-experience-api-version,if-match',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const methods = (response.headers.get('access-control-allow-methods') ?? '').split(', ');
      expect(methods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'PUT', 'POST', 'DELETE']));
      const allowed = (response.headers.get('access-control-allow-headers') ?? '')
        .toLowerCase()
        .split(', ');
      expect(allowed).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'x-experience-api-version']),
      );
      expect(allowed).toContain('if-match');
    });

    it('lets the page read the answer and the xAPI headers of a statement request', async () => {
      const posted = await fetch(`${app.baseUrl}/xapi/statements`, {
        method: 'POST',
        headers: { ...lrsHeaders(app), Origin: COURSE_ORIGIN },
        body: JSON.stringify(statement()),
      });
      expect(posted.status).toBe(200);
      expect(posted.headers.get('access-control-allow-origin')).toBe('*');
      expect(posted.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      const exposed = (posted.headers.get('access-control-expose-headers') ?? '').split(', ');
      expect(exposed).toEqual([
        'ETag',
        'Last-Modified',
        'X-Experience-API-Consistent-Through',
        'X-Experience-API-Version',
      ]);
    });

    it('lets the page read a refusal too, to tell its learner what went wrong', async () => {
      const refused = await fetch(`${app.baseUrl}/xapi/statements`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Origin: COURSE_ORIGIN },
      });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  describe('no CORS on /api and the dashboard: same origin only', () => {
    it.each(['/api/auth/login', '/api/indicators/freshness', '/'])(
      'a preflight to %s gets no permission',
      async (url) => {
        const response = await fetch(`${app.baseUrl}${url}`, {
          method: 'OPTIONS',
          headers: {
            Origin: COURSE_ORIGIN,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization,content-type',
          },
        });
        expect(response.status).not.toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-methods')).toBeNull();
      },
    );

    it.each(['/api/auth/me', '/health', '/'])(
      'a cross-origin GET of %s gets no permission to read it',
      async (url) => {
        const response = await get(url, { Origin: COURSE_ORIGIN });
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      },
    );
  });
});
