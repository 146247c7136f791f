import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  adminToken,
  incrementalAndRebuilt,
  postStatements,
  sleep,
  sql,
  startFaultFita,
  statementNo,
  storedIds,
  waitForFreshness,
  waitForQuietDatabase,
  type FaultFita,
  type FitaApi,
  type PostOutcome,
} from './fault-fita.js';

const SENDERS = 4;
/** Large batches, so that an insert is in progress most of the time. */
const BATCH = 1_000;

interface Sent {
  statements: Record<string, unknown>[];
  ids: string[];
  outcome: PostOutcome;
}

/**
 * Issue 9: the API process killed (SIGKILL) while batches are being stored.
 * Each batch is one transaction: it is stored whole or not at all, every
 * acknowledged batch is there, and a client that sends the unanswered ones
 * again ends with every statement stored once and counted once.
 */
describe('faults: the API killed during a batch', () => {
  let fita: FaultFita;
  let api: FitaApi;

  beforeAll(async () => {
    fita = await startFaultFita();
    api = await fita.startApi();
    await fita.startWorker();
  }, 90_000);

  afterAll(async () => {
    await fita?.close();
  }, 60_000);

  it('stores each batch whole or not at all', async () => {
    const sent: Sent[] = [];
    let n = 0;
    let killed = false;
    const senders = Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (!killed) {
          const statements = Array.from({ length: BATCH }, () => statementNo((n += 1)));
          const outcome = await postStatements(api.baseUrl, fita.settings, statements);
          sent.push({ statements, ids: statements.map((s) => String(s['id'])), outcome });
        }
      }),
    );

    // Once a few batches are in, kill the API while one of its inserts runs.
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('no insert of a batch seen within 30 s');
      const inserting = await sql(
        fita.databaseUrl,
        `SELECT pid FROM pg_stat_activity
         WHERE application_name = 'fita' AND state = 'active'
           AND query LIKE '%INSERT INTO statements%'`,
      );
      if (sent.length >= 3 && inserting.length > 0) break;
      await sleep(10);
    }
    await api.kill('SIGKILL');
    killed = true;
    await senders;

    const unanswered = sent.filter((s) => s.outcome.status === 0);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(sent.filter((s) => s.outcome.status !== 0).map((s) => s.outcome.status)).toEqual(
      sent.filter((s) => s.outcome.status !== 0).map(() => 200),
    );

    // The dead client's transactions are over on the server: whole batches or nothing.
    await waitForQuietDatabase(fita.databaseUrl);
    const stored = await storedIds(fita.databaseUrl);
    const keptOfUnanswered: number[] = [];
    for (const { ids, outcome } of sent) {
      const kept = ids.filter((id) => stored.has(id)).length;
      if (outcome.status === 200) expect(kept).toBe(ids.length);
      else keptOfUnanswered.push(kept);
    }
    for (const kept of keptOfUnanswered) expect([0, BATCH]).toContain(kept);
    // The insert that was running when the API died was rolled back whole.
    expect(keptOfUnanswered).toContain(0);
    expect(stored.size % BATCH).toBe(0);

    // Started again on the same port; the client sends what went unanswered.
    api = await fita.startApi(api.port);
    for (const { statements } of unanswered) {
      expect((await postStatements(api.baseUrl, fita.settings, statements)).status).toBe(200);
    }
    const all = sent.flatMap((s) => s.ids);
    expect([...(await storedIds(fita.databaseUrl))].sort()).toEqual([...all].sort());

    const token = await adminToken(api.baseUrl, fita);
    await waitForFreshness(api.baseUrl, token, all.length, 60_000);
    const { incremental, rebuilt } = await incrementalAndRebuilt(fita, api.baseUrl, token);
    expect(incremental.statementsStored).toBe(all.length);
    expect(incremental.statementsProcessed).toBe(all.length);
    expect(rebuilt).toEqual(incremental);
  }, 120_000);
});
