import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { askMemory } from './process-memory.js';
import { startFitaProcesses, type FitaProcesses } from './production-fita.js';
import { runSoakLoad, warmDashboard, type SoakRun } from './soak-load.js';
import { judgeSoak, prepareSoak, settleSoak, type SoakEnd } from './soak.scenario.js';
import type { SoakTarget } from './soak-load.js';

const HISTORY = 2_000;
const SECONDS = 20;
const RATE = 100;
const BATCH = 10;

/**
 * The soak's machinery for 20 s against Fita's compiled processes (the API
 * and a worker with REDIS_URL, else the single process) on a database of
 * this file's own: a small fixed rate, the verdicts on what really happened.
 */
describe('soak machinery against a running Fita', () => {
  let database: TestDatabase;
  let fita: FitaProcesses;
  let target: SoakTarget;
  let history: number;
  let run: SoakRun;
  let end: SoakEnd;

  beforeAll(async () => {
    database = await createTestDatabase();
    fita = await startFitaProcesses(database.url);
    ({ target, history } = await prepareSoak(fita.baseUrl, database.url, fita.processes, HISTORY));
    run = await runSoakLoad(target, {
      seconds: SECONDS,
      ingestRate: RATE,
      batch: BATCH,
      queriesPerSecond: 2,
    });
    end = await settleSoak(target);
  }, 150_000);

  afterAll(async () => {
    await fita?.stop();
    await database?.drop();
  });

  it('sends every scheduled batch and dashboard read, and stores every statement', () => {
    expect(history).toBe(HISTORY);
    expect(run.ingest).toMatchObject({ scheduled: 200, sent: 200 });
    expect(run.queries).toMatchObject({ scheduled: 40, sent: 40 });
    expect(end.stored).toBe(HISTORY + SECONDS * RATE);
    expect(end.freshness).toMatchObject({
      statementsStored: end.stored,
      statementsProcessed: end.stored,
    });
  });

  it('passes the verdicts on errors, storage and refresh, and records RSS and refresh lag', () => {
    const judged = judgeSoak(run, history, end);
    const byName = new Map(judged.verdicts.map((v) => [v.name, v]));

    expect(judged.windows).toHaveLength(4);
    // The detail first: when it fails, it says which requests answered what.
    expect(byName.get('no errors')?.detail).toMatch(/^0 errors in \d+ requests$/);
    expect(byName.get('no errors')).toMatchObject({ passed: true });
    expect(byName.get('every acknowledged statement stored')).toMatchObject({ passed: true });
    expect(byName.get('refresh caught up')).toMatchObject({ passed: true });
    expect(judged.expectedStored).toBe(end.stored);
    // 50 batches a window: enough to judge the latency, whatever this machine's load makes of it.
    expect(byName.get('ingest latency stable')?.passed).not.toBeNull();

    for (const role of fita.processes.keys()) {
      for (const window of judged.windows) {
        expect(window.rssMiB[role].mean).toBeGreaterThan(20);
      }
      expect(byName.get(`${role} memory flat`)?.passed).not.toBeNull();
    }
    expect(run.record.memory.length).toBeGreaterThanOrEqual(SECONDS - 2);
    expect(run.record.refresh.length).toBeGreaterThanOrEqual(SECONDS / 2);
    expect(judged.windows.reduce((sum, w) => sum + w.kinds.ingest.stored, 0)).toBe(SECONDS * RATE);
  });

  it('asks every dashboard question once before the idle reads, and each answers 200', async () => {
    // Throws, naming the question, on any other status.
    await expect(warmDashboard(target)).resolves.toBeGreaterThan(0);
  });

  it('asks each process for its memory over its IPC channel', async () => {
    for (const child of fita.processes.values()) {
      const report = await askMemory(child);

      expect(report).toMatchObject({ type: 'fita:memory' });
      expect(report!.rssMiB).toBeGreaterThan(20);
      expect(report!.heapUsedMiB).toBeGreaterThan(5);
      expect(report!.fullCollections).toBeGreaterThanOrEqual(0);
    }
  });

  it('fails the storage verdict when the count does not match what was acknowledged', () => {
    const judged = judgeSoak(run, history + 1, end);
    const stored = judged.verdicts.find((v) => v.name === 'every acknowledged statement stored');

    expect(stored?.passed).toBe(false);
    expect(stored?.detail).toBe(
      `${end.stored.toLocaleString('en')} statements in the database, ${(end.stored + 1).toLocaleString('en')} expected`,
    );
  });
});
