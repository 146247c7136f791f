import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { serveDashboard } from './static-dashboard.js';

describe('serveDashboard', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-dashboard-'));
  const script = `console.log(${JSON.stringify('fita '.repeat(4_000))});\n`;
  let baseUrl: string;
  let close: () => void;

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Fita</title>');
    fs.writeFileSync(path.join(dir, 'main-abc.js'), script);
    const app = express();
    serveDashboard(app, dir);
    app.get('/api/ping', (_request, response) => {
      response.json({ pong: 'x'.repeat(4_000) });
    });
    await new Promise<void>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => {
        baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      });
      close = () => server.close();
    });
  });

  afterAll(() => {
    close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the bundle compressed to browsers that accept it', async () => {
    const response = await fetch(`${baseUrl}/main-abc.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses: the page gets the file as written.
    expect(await response.text()).toBe(script);
  });

  it('sends it as is to clients that do not', async () => {
    const response = await fetch(`${baseUrl}/main-abc.js`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it('answers client-side routes with index.html, never cached', async () => {
    const response = await fetch(`${baseUrl}/trends?from=2020-01-01`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('<title>Fita</title>');
  });

  it('leaves API answers alone', async () => {
    const response = await fetch(`${baseUrl}/api/ping`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});
