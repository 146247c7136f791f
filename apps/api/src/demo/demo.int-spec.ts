import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { getJson, login } from '../../test/api-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { writeDemoFiles } from './demo-files.js';
import { loadDemoOnFirstStart } from './demo-first-start.js';
import { DEMO_SEED, generateDemo } from './demo-generator.js';
import { loadDemo } from './demo-loader.js';
import { DemoLoadsRepository } from './demo-loads.repository.js';

interface Figures {
  users: number;
  enrolments: number;
  completions: number;
  coursesPerPerson: number | null;
  growth: Record<string, number | null>;
  breakdowns: { users: Record<string, Record<string, number>> };
  provenance: { cutoff: string; statementCount: number; fingerprint: string };
}

/** A logger that keeps what the first start says. */
function recordingLogger(): LoggerService & { lines: string[] } {
  const lines: string[] = [];
  const keep = (message: unknown) => void lines.push(String(message));
  return { lines, log: keep, error: keep, warn: keep };
}

/**
 * Issue 6: the first start of an empty database loads the demo through Fita's
 * own HTTP interfaces, and the API then shows the figures Barcelona Activa
 * published for Cibernàrium 2017-2021, every row of the table.
 */
describe('the demo data on a first start', () => {
  let app: TestApp;
  let token: string;
  let dataDir: string;
  const logger = recordingLogger();
  let loads: DemoLoadsRepository;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    loads = new DemoLoadsRepository(app.app.get(DataSource));
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'fita-demo-'));
    // Generated here: the first start's worker thread runs the compiled generator.
    await writeDemoFiles(path.join(dataDir, 'demo'), generateDemo(DEMO_SEED));
    // Bounds a hang, not the generator's speed (a whole demo, on a busy machine).
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const first = () =>
    loadDemoOnFirstStart({
      app: app.app,
      embedded: true,
      wanted: true,
      dataDir,
      baseUrl: app.baseUrl,
      logger,
    });

  const figures = async (query: string): Promise<Figures> => {
    const { status, body } = await getJson<Figures>(app.baseUrl, `/api/indicators?${query}`, token);
    expect(status).toBe(200);
    return body;
  };
  const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

  it('loads everything through HTTP and says when the figures are ready', async () => {
    await first();
    expect(logger.lines.filter((line) => /could not/.test(line))).toEqual([]);
    expect(logger.lines.some((line) => line.startsWith('figures ready'))).toBe(true);
    expect((await loads.find())?.finishedAt).toBeInstanceOf(Date);
    const { body } = await getJson<{ statementsStored: number; statementsProcessed: number }>(
      app.baseUrl,
      '/api/indicators/freshness',
      token,
    );
    expect(body.statementsProcessed).toBe(body.statementsStored);
  }, 300_000);

  it('gives the published users, enrolments and completions', async () => {
    expect((await figures('from=2017-01-01&to=2021-12-31')).users).toBe(23_364);
    expect((await figures('from=2017-01-01&to=2020-12-31')).enrolments).toBe(175_760);
    expect((await figures('from=2017-01-01&to=2021-12-31')).completions).toBe(60_523);
  });

  it('gives 2.60 and 3.16 courses per person in 2019 and 2020, and +191 % completions', async () => {
    const year2019 = await figures('from=2019-01-01&to=2019-12-31');
    const year2020 = await figures('from=2020-01-01&to=2020-12-31');
    expect(year2019.coursesPerPerson?.toFixed(2)).toBe('2.60');
    expect(year2020.coursesPerPerson?.toFixed(2)).toBe('3.16');
    expect(Math.round((year2020.growth['completions'] ?? 0) * 100)).toBe(191);
  });

  it('gives the published shares of the users 2017-2021', async () => {
    const all = await figures('from=2017-01-01&to=2021-12-31&ageScheme=custom&ageBands=25-40');
    const { sex, ageBand, employment, education, residence } = all.breakdowns.users;
    expect(percent(sex['woman'], all.users)).toBe(62);
    expect(ageBand['25-40'] / all.users).toBeGreaterThan(0.5);
    expect(percent(employment['employed'], all.users)).toBe(44);
    expect(education['isced5-8'] / all.users).toBeGreaterThan(0.5);
    const barcelona = Object.entries(residence)
      .filter(([cell]) => cell === 'Barcelona' || cell.startsWith('Barcelona · '))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(barcelona / all.users).toBeGreaterThan(0.5);
  });

  it('has 8 courses tagged equality, each with enrolments', async () => {
    const catalogue = await getJson<{ activityId: string; tags: string[] }[]>(
      app.baseUrl,
      '/api/courses',
      token,
    );
    const equality = catalogue.body.filter((course) => course.tags.includes('equality'));
    expect(equality).toHaveLength(8);
    const { body } = await getJson<{ courses: { courseId: string; enrolments: number }[] }>(
      app.baseUrl,
      '/api/indicators/courses?from=2017-01-01&to=2021-12-31',
      token,
    );
    const enrolled = new Set(body.courses.filter((c) => c.enrolments > 0).map((c) => c.courseId));
    expect(equality.filter((course) => enrolled.has(course.activityId))).toHaveLength(8);
  });

  it("records the operation's money: total, eligible and ERDF", async () => {
    const list = await getJson<{ id: string; code: string }[]>(
      app.baseUrl,
      '/api/operations',
      token,
    );
    const operation = list.body.find((o) => o.code === 'BCN-CIBERNARIUM-2017');
    const { body } = await getJson<{
      money: { current: Record<string, { amount: string } | null>; cofinancingCheck: unknown };
      indicators: { code: string }[];
    }>(app.baseUrl, `/api/operations/${operation!.id}`, token);
    expect(body.money.current['total_cost']?.amount).toBe('1573550.00');
    expect(body.money.current['eligible_cost']?.amount).toBe('1439741.00');
    expect(body.money.current['eu_support_committed']?.amount).toBe('705027.00');
    expect(body.money.cofinancingCheck).toMatchObject({
      expectedEuSupport: '705027.00',
      committed: { flagged: false },
    });
    expect(body.indicators.map((indicator) => indicator.code).sort()).toEqual([
      'E024',
      'RCO14',
      'RCR11',
    ]);
  });

  it('loads nothing more on later starts, and a repeated load changes nothing', async () => {
    const before = await figures('from=2017-01-01&to=2021-12-31');
    const stored = async () =>
      (await getJson<{ statementsStored: number }>(app.baseUrl, '/api/indicators/freshness', token))
        .body.statementsStored;
    const storedBefore = await stored();
    const said = logger.lines.length;
    const row = await loads.find();
    await first();
    // A later start neither generates, nor sends, nor says anything.
    expect(logger.lines.slice(said)).toEqual([]);
    expect(await stored()).toBe(storedBefore);
    expect(await loads.find()).toEqual(row);
    await loadDemo({
      dir: path.join(dataDir, 'demo'),
      target: { baseUrl: app.baseUrl, token, lrs: app.lrs },
      // Only what a load always sends again: imports, operation, voids and re-sends.
      resumeAt: row!.statementLines,
    });
    const after = await figures('from=2017-01-01&to=2021-12-31');
    const { cutoff: _before, ...seenBefore } = before.provenance;
    const { cutoff: _after, ...seenAfter } = after.provenance;
    expect(seenAfter).toEqual(seenBefore);
    expect({ ...after, provenance: null }).toEqual({ ...before, provenance: null });
    const list = await getJson<{ code: string }[]>(app.baseUrl, '/api/operations', token);
    expect(list.body.filter((o) => o.code === 'BCN-CIBERNARIUM-2017')).toHaveLength(1);
  }, 120_000);
});
