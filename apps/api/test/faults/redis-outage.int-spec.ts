import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  adminToken,
  incrementalAndRebuilt,
  postStatements,
  sleep,
  startFaultFita,
  statementNo,
  storedIds,
  waitForFreshness,
  type FaultFita,
  type FitaApi,
  type FitaChild,
} from './fault-fita.js';

const SENDERS = 4;
const BATCH = 25;

/**
 * Issue 9: Redis stopped during ingestion. The LRS keeps accepting
 * statements (the inbox in Postgres, not the queue, is what the refresh
 * consumes); once Redis is back, empty, the refresh catches up without any
 * further statement to prompt it, and counts nothing twice.
 */
describe('faults: Redis stopped during ingestion', () => {
  let fita: FaultFita;
  let api: FitaApi;
  let worker: FitaChild;
  let token: string;

  beforeAll(async () => {
    fita = await startFaultFita();
    api = await fita.startApi();
    worker = await fita.startWorker();
    token = await adminToken(api.baseUrl, fita);
  }, 90_000);

  afterAll(async () => {
    await fita?.close();
  }, 60_000);

  it('accepts every statement while Redis is down and the refresh catches up once it is back', async () => {
    let n = 0;
    const sent: string[] = [];
    const statuses: number[] = [];
    let stop = false;
    const senders = Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (!stop) {
          const batch = Array.from({ length: BATCH }, () => statementNo((n += 1)));
          const { status } = await postStatements(api.baseUrl, fita.settings, batch);
          statuses.push(status);
          sent.push(...batch.map((s) => String(s['id'])));
        }
      }),
    );

    await sleep(1_500);
    await fita.redis.stop('SIGKILL');
    const before = sent.length;
    await sleep(4_000);
    // Ingestion went on, and /health says what is wrong.
    expect(sent.length - before).toBeGreaterThan(BATCH * SENDERS);
    const health = await fetch(`${api.baseUrl}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'up', queue: 'down' });
    stop = true;
    await senders;
    // Long enough for every enqueue the API tried meanwhile to have failed.
    await sleep(5_000);

    expect(new Set(statuses)).toEqual(new Set([200]));
    const stored = await storedIds(fita.databaseUrl);
    expect(stored.size).toBe(sent.length);
    for (const id of sent) expect(stored.has(id)).toBe(true);
    // Without the queue, nothing folded the last statements in.
    const { statementsProcessed } = await freshness();
    expect(statementsProcessed).toBeLessThan(sent.length);

    // Back, but empty (no persistence): its jobs and schedules are gone, and
    // no statement arrives to ask for a refresh.
    await fita.redis.start();
    await waitForFreshness(api.baseUrl, token, sent.length, 45_000);

    expect(worker.isRunning()).toBe(true);
    const { incremental, rebuilt } = await incrementalAndRebuilt(fita, api.baseUrl, token);
    expect(incremental.statementsStored).toBe(sent.length);
    expect(incremental.statementsProcessed).toBe(sent.length);
    expect(rebuilt).toEqual(incremental);
    expect(incremental.figures['from=2021-01-01&to=2021-12-31']?.['users']).toBe(
      Math.min(300, sent.length),
    );
  }, 120_000);

  async function freshness(): Promise<{ statementsStored: number; statementsProcessed: number }> {
    const response = await fetch(`${api.baseUrl}/api/indicators/freshness`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return (await response.json()) as { statementsStored: number; statementsProcessed: number };
  }
});
