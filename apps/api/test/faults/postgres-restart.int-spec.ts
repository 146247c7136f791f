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
  type PostOutcome,
} from './fault-fita.js';
import type { PostgresStop } from './fault-postgres.js';

const SENDERS = 6;
const BATCH = 20;

interface Sent {
  ids: string[];
  statements: Record<string, unknown>[];
  outcome: PostOutcome;
}

/**
 * Issue 9: Postgres restarted during load. While it is down clients get 503
 * with Retry-After, never a 200 for a statement that was not stored; after
 * recovery every acknowledged statement is there, a client that retries what
 * was refused gets everything stored once, and the facts equal a rebuild.
 */
describe('faults: Postgres restarted during load', () => {
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

  /** Senders post fresh batches back to back until `until` resolves. */
  async function load(until: Promise<void>): Promise<Sent[]> {
    const sent: Sent[] = [];
    let done = false;
    void until.then(() => (done = true));
    let n = 0;
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (!done) {
          const statements = Array.from({ length: BATCH }, () => statementNo((n += 1)));
          const outcome = await postStatements(api.baseUrl, fita.settings, statements);
          sent.push({ ids: statements.map((s) => String(s['id'])), statements, outcome });
          if (outcome.status !== 200) await sleep(50);
        }
      }),
    );
    await until;
    return sent;
  }

  /** Load for a while, the outage of the given kind, and load for a while after recovery. */
  async function outageUnderLoad(how: PostgresStop): Promise<Sent[]> {
    const script = (async () => {
      await sleep(1_500);
      await fita.postgres.stop(how);
      await sleep(3_000);
      await fita.postgres.start();
      // Until the pool's connections are new again and requests pass.
      await sleep(3_000);
    })();
    return load(script);
  }

  it('answers 503 with Retry-After while it is down, loses no acknowledged statement, and catches up', async () => {
    const sent = [...(await outageUnderLoad('fast')), ...(await outageUnderLoad('crash'))];

    const statuses = countBy(sent.map((s) => s.outcome.status));
    // The faults were hit, and the API served throughout: only 200 or 503.
    expect(Object.keys(statuses).sort()).toEqual(['200', '503']);
    expect(statuses['503']).toBeGreaterThan(0);
    for (const { outcome } of sent.filter((s) => s.outcome.status === 503)) {
      expect(outcome.retryAfter).toMatch(/^[1-9][0-9]*$/);
      expect(JSON.parse(outcome.body)).toMatchObject({ code: 'service.database_unavailable' });
    }
    // Requests pass again after each recovery.
    expect(sent.at(-1)?.outcome.status).toBe(200);

    // Every acknowledged statement is stored; the refused ones may or may not
    // be (an outage between COMMIT and the answer), never half a batch.
    const acknowledged = sent.filter((s) => s.outcome.status === 200).flatMap((s) => s.ids);
    let stored = await storedIds(fita.databaseUrl);
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    for (const { ids } of sent.filter((s) => s.outcome.status === 503)) {
      expect([0, ids.length]).toContain(ids.filter((id) => stored.has(id)).length);
    }

    // A client retries what was refused, as Retry-After tells it to: each
    // statement is then stored exactly once.
    for (const refused of sent.filter((s) => s.outcome.status !== 200)) {
      expect((await postStatements(api.baseUrl, fita.settings, refused.statements)).status).toBe(
        200,
      );
    }
    const all = sent.flatMap((s) => s.ids);
    stored = await storedIds(fita.databaseUrl);
    expect(stored.size).toBe(all.length);
    expect([...stored].sort()).toEqual([...all].sort());

    // The worker lived through both outages and the facts caught up, each statement once.
    expect(api.isRunning()).toBe(true);
    expect(worker.isRunning()).toBe(true);
    await waitForFreshness(api.baseUrl, token, all.length, 60_000);
    const { incremental, rebuilt } = await incrementalAndRebuilt(fita, api.baseUrl, token);
    expect(incremental.statementsStored).toBe(all.length);
    expect(incremental.statementsProcessed).toBe(all.length);
    expect(rebuilt).toEqual(incremental);
    expect(incremental.facts['actor_activity_days']?.length).toBeGreaterThan(0);
    // 300 actors in all, each counted once.
    expect(incremental.figures['from=2021-01-01&to=2021-12-31']?.['users']).toBe(
      Math.min(300, all.length),
    );
  }, 150_000);
});

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
