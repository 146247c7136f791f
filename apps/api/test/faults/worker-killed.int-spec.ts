import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  adminToken,
  chunk,
  incrementalAndRebuilt,
  postStatements,
  sleep,
  sql,
  startFaultFita,
  statementNo,
  waitForFreshness,
  waitForQuietDatabase,
  withIndicatorsQueue,
  type FaultFita,
  type FitaApi,
} from './fault-fita.js';
import { readFactTables } from '../indicator-proof.js';

/** Enough statements that one refresh step takes a few seconds on this machine. */
const STATEMENTS = 12_000;
const BATCH = 500;
const SENDERS = 4;

/**
 * Issue 9: kill -9 of a worker in the middle of a refresh. The step's
 * transaction rolls back whole (nothing half-applied), BullMQ hands the
 * stalled job to the next worker, which completes it, and the facts then
 * equal a full rebuild.
 */
describe('faults: a worker killed in the middle of a refresh', () => {
  let fita: FaultFita;
  let api: FitaApi;
  let token: string;
  let factsBefore: Record<string, unknown[]>;

  beforeAll(async () => {
    fita = await startFaultFita();
    api = await fita.startApi();
    token = await adminToken(api.baseUrl, fita);
    // A first refresh sets the watermark up (the first one of a database is a
    // rebuild); the worker then stops, so the statements that follow pile up
    // in the inbox for one incremental step to fold in.
    const warmUp = await fita.startWorker();
    const { status } = await postStatements(api.baseUrl, fita.settings, [statementNo(0)]);
    expect(status).toBe(200);
    await waitForFreshness(api.baseUrl, token, 1, 30_000);
    await warmUp.stop();
    factsBefore = await readFactTables(fita.databaseUrl);
    expect(factsBefore['actor_activity_days']).toHaveLength(1);
    const batches = chunk(
      Array.from({ length: STATEMENTS }, (_, n) => statementNo(n + 1)),
      BATCH,
    );
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        for (let batch = batches.shift(); batch; batch = batches.shift()) {
          const { status, body } = await postStatements(api.baseUrl, fita.settings, batch);
          if (status !== 200) throw new Error(`POST /xapi/statements: ${status} ${body}`);
        }
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await fita?.close();
  }, 60_000);

  it('rolls the step back, retries the job on another worker, and ends equal to a rebuild', async () => {
    const first = await fita.startWorker();
    // The refresh step: a transaction of the worker (the API is idle now) that has run a while.
    const deadline = Date.now() + 30_000;
    let step: { pid: number }[] = [];
    while (step.length === 0) {
      if (Date.now() > deadline) throw new Error('no refresh step seen within 30 s');
      step = await sql<{ pid: number }>(
        fita.databaseUrl,
        `SELECT pid FROM pg_stat_activity
         WHERE application_name = 'fita' AND pid <> pg_backend_pid()
           AND state IN ('active', 'idle in transaction')
           AND now() - xact_start > interval '200 milliseconds'`,
      );
      if (step.length === 0) await sleep(20);
    }
    await first.kill('SIGKILL');
    // Its job: still active as far as the queue knows, since nobody completed it.
    const active = await withIndicatorsQueue(fita, (queue) => queue.getActive());
    expect(active.map((job) => job.name)).toEqual(['indicators-refresh']);
    const killed = active[0]?.id as string;

    // Postgres rolls the killed session's transaction back: the step left nothing behind.
    await waitForQuietDatabase(fita.databaseUrl);
    expect(await readFactTables(fita.databaseUrl)).toEqual(factsBefore);
    const [left] = await sql<{ inbox: string; processed: string }>(
      fita.databaseUrl,
      `SELECT (SELECT count(*) FROM statement_inbox)::text AS inbox,
              (SELECT sum(statements_processed) FROM indicator_watermarks)::text AS processed`,
    );
    expect(left).toEqual({ inbox: String(STATEMENTS), processed: '1' });

    // Another worker: the job's lock expires (30 s), the next stall check puts
    // it back (every 30 s), and it runs the whole step again, which on a busy
    // machine takes as long again.
    const second = await fita.startWorker();
    const retried = await withIndicatorsQueue(fita, async (queue) => {
      const until = Date.now() + 150_000;
      for (;;) {
        const job = await queue.getJob(killed);
        const state = job ? await job.getState() : 'gone';
        if (state === 'completed' || state === 'failed' || Date.now() > until)
          return { job, state };
        await sleep(250);
      }
    });
    expect(retried.state).toBe('completed');
    expect(retried.job?.stalledCounter).toBe(1);

    await waitForFreshness(api.baseUrl, token, STATEMENTS + 1, 30_000);
    const { incremental, rebuilt } = await incrementalAndRebuilt(fita, api.baseUrl, token);
    expect(incremental.statementsStored).toBe(STATEMENTS + 1);
    expect(incremental.statementsProcessed).toBe(STATEMENTS + 1);
    expect(rebuilt).toEqual(incremental);
    expect(incremental.figures['from=2021-01-01&to=2021-12-31']?.['users']).toBe(300);
    expect(second.isRunning()).toBe(true);
  }, 240_000);
});
