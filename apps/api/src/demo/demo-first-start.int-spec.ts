import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { getJson, login, postStatements, statement } from '../../test/api-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { LrsCredentialsService } from '../modules/lrs/lrs-credentials.service.js';
import { writeDemoFiles, type DemoManifest } from './demo-files.js';
import { loadDemoOnFirstStart, type FirstStartDemo } from './demo-first-start.js';
import { DEMO_SEED, generateDemo } from './demo-generator.js';
import { DemoLoadsRepository } from './demo-loads.repository.js';
import { loadConfig } from '../config/config.js';

const quiet: LoggerService = {
  log: () => undefined,
  error: () => undefined,
  warn: () => undefined,
};

/** When the first start loads the demo, and when it must not (spec section 10). */
describe('the first start decides about the demo data', () => {
  let dataDir: string;
  let manifest: DemoManifest;
  let app: TestApp | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'fita-demo-first-'));
    manifest = await writeDemoFiles(path.join(dataDir, 'demo'), generateDemo(DEMO_SEED));
    // Bounds a hang, not the generator's speed (a whole demo, on a busy machine).
  }, 300_000);
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const hook = (running: TestApp, overrides: Partial<FirstStartDemo> = {}) =>
    loadDemoOnFirstStart({
      app: running.app,
      embedded: true,
      wanted: true,
      dataDir,
      baseUrl: running.baseUrl,
      logger: quiet,
      ...overrides,
    });
  const loadsOf = (running: TestApp) => new DemoLoadsRepository(running.app.get(DataSource));
  const storedStatements = async (running: TestApp) => {
    const { body } = await getJson<{ statementsStored: number }>(
      running.baseUrl,
      '/api/indicators/freshness',
      await login(running),
    );
    return body.statementsStored;
  };

  it('never mixes the demo into a database that holds data', async () => {
    app = await startTestApp();
    expect((await postStatements(app, [statement()])).status).toBe(200);
    await hook(app);
    expect(await loadsOf(app).find()).toBeNull();
    expect(await storedStatements(app)).toBe(1);
  });

  it('loads nothing in production mode or with FITA_DEMO=false', async () => {
    app = await startTestApp();
    await hook(app, { embedded: false });
    await hook(app, { wanted: loadConfig({ FITA_DEMO: 'false' }).demo });
    expect(await loadsOf(app).find()).toBeNull();
    expect(await storedStatements(app)).toBe(0);
  });

  it('refuses a FITA_DEMO that is neither true nor false', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ FITA_DEMO: 'TRUE' }).demo).toBe(true);
    expect(() => loadConfig({ FITA_DEMO: 'no' })).toThrow('FITA_DEMO: must be true or false');
  });

  it('claims an empty database at once, so a start stopped early resumes next time', async () => {
    app = await startTestApp();
    const stopped = new AbortController();
    stopped.abort();
    await hook(app, { signal: stopped.signal });
    const row = await loadsOf(app).find();
    expect(row).toMatchObject({ seed: DEMO_SEED, statementLines: manifest.statements });
    expect(row?.finishedAt).toBeNull();
    expect(await storedStatements(app)).toBe(0);
  });

  it('resumes an interrupted load where it stopped and revokes its old credential', async () => {
    app = await startTestApp();
    const credentials = app.app.get(LrsCredentialsService);
    const leftover = await credentials.create({
      name: 'Demo data loader (first start)',
      scopes: ['statements/write'],
    });
    // As if the previous start stored every statement, then stopped before the voids and re-sends.
    await loadsOf(app).start(DEMO_SEED, new Date());
    await loadsOf(app).prepare(DEMO_SEED, manifest.statements, leftover.key);
    await loadsOf(app).progress(DEMO_SEED, manifest.statements);
    await hook(app);
    const row = await loadsOf(app).find();
    expect(row).toMatchObject({ storedLines: manifest.statements, loaderKey: null });
    expect(row?.finishedAt).toBeInstanceOf(Date);
    const listed = await credentials.list();
    expect(
      listed.every((credential) => credential.key.startsWith('test-') || credential.revokedAt),
    ).toBe(true);
    // Only the held-back statements were sent: voids and re-sends, well under a hundredth.
    const stored = await storedStatements(app);
    expect(stored).toBeGreaterThan(100);
    expect(stored).toBeLessThan(manifest.statements / 100);
  }, 120_000);
});
