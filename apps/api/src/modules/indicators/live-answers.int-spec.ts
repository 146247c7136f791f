import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

interface Figures {
  users: number;
  provenance: { cutoff: string; statementCount: number };
}

const YEAR_2020 = '/api/indicators?from=2020-01-01&to=2020-12-31';
const DASHBOARD_READ = { 'Cache-Control': 'max-stale=600' };

/**
 * ADR 0014 and spec section 10: an expensive live answer may be served after
 * new statements arrive, but only to a reader that says it accepts one (the
 * dashboard); any other client that waited for freshness gets current figures.
 * The clock is the test's, and the facts are locked while the first answer is
 * computed, so that answer "costs" five seconds whatever this machine's speed;
 * or while a cheap answer's next computation runs, so that it waits on them.
 */
describe('live answers after new statements', () => {
  let offsetMs = 0;
  let app: TestApp;
  let token: string;
  let locker: pg.Client;

  beforeAll(async () => {
    app = await startTestApp({ clock: { now: () => new Date(Date.now() + offsetMs) } });
    token = await login(app);
    locker = new pg.Client({ connectionString: app.databaseUrl });
    await locker.connect();
  });
  afterAll(async () => {
    await locker.end();
    await app.close();
  });

  async function post(count: number): Promise<void> {
    const response = await postStatements(
      app,
      Array.from({ length: count }, () => statement()),
    );
    expect(response.status).toBe(200);
    await waitForFreshness(app.baseUrl, token);
  }

  async function figures(headers: Record<string, string> = {}): Promise<Figures> {
    const { status, body } = await getJson<Figures>(app.baseUrl, YEAR_2020, token, headers);
    expect(status).toBe(200);
    return body;
  }

  /** Starts reading the year's figures with `table` locked, once a query of theirs waits on it. */
  async function figuresWaitingOn(table: string): Promise<{ answer: Promise<Figures> }> {
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    const answer = figures();
    for (const deadline = Date.now() + 15_000; ;) {
      const { rows } = await locker.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = $1::regclass`,
        [table],
      );
      // Wrapped: an async function returning the promise itself would wait for it.
      if (rows[0].n > 0) return { answer };
      if (Date.now() > deadline) throw new Error(`the figures never waited on ${table}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Computes the year's figures while the facts are locked for five seconds of the test's clock. */
  async function expensiveFigures(): Promise<Figures> {
    const { answer } = await figuresWaitingOn('actor_activity_days');
    offsetMs += 5_000;
    await locker.query('COMMIT');
    return answer;
  }

  it('answers a client that waited for freshness from the figures as they are, however expensive the last answer was', async () => {
    await post(3);
    expect((await expensiveFigures()).users).toBe(3);
    await post(2);
    const current = await figures();
    expect(current.users).toBe(5);
    expect(current.provenance.statementCount).toBe(5);
  });

  it('serves the expensive answer to a dashboard read, with the cut-off of what it counts', async () => {
    await post(1);
    expect((await expensiveFigures()).users).toBe(6);
    const postedAt = Date.now() + offsetMs;
    await post(2);
    const reused = await figures(DASHBOARD_READ);
    expect(reused.users).toBe(6);
    expect(reused.provenance.statementCount).toBe(6);
    expect(Date.parse(reused.provenance.cutoff)).toBeLessThan(postedAt);
    // Meanwhile the figures were computed again, for whoever reads next.
    expect((await figures()).users).toBe(8);
  });

  it('computes again for a dashboard read that accepts less staleness than the answer has', async () => {
    await post(1);
    expect((await expensiveFigures()).users).toBe(9);
    await post(1);
    offsetMs += 3_000;
    expect((await figures({ 'Cache-Control': 'max-stale=2' })).users).toBe(10);
  });

  it('gives a dashboard read the last figures, cheap as they were, once a new computation waits on the database', async () => {
    await post(1);
    expect((await figures()).users).toBe(11);
    const postedAt = Date.now() + offsetMs;
    await post(1);
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE actor_activity_days IN ACCESS EXCLUSIVE MODE');
    try {
      const waitedForTheLock = new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error('the dashboard read waited for the locked facts')),
          20_000,
        ),
      );
      const served = await Promise.race([figures(DASHBOARD_READ), waitedForTheLock]);
      expect(served.users).toBe(11);
      expect(Date.parse(served.provenance.cutoff)).toBeLessThan(postedAt);
    } finally {
      await locker.query('COMMIT');
    }
    expect((await figures()).users).toBe(12);
  });

  it('reads every part of an answer from one snapshot, even when a refresh commits meanwhile', async () => {
    await post(1);
    // The totals are read; the breakdowns wait on the registry while two
    // more statements are stored and counted.
    const { answer } = await figuresWaitingOn('persons');
    await post(2);
    await locker.query('COMMIT');
    const figures = (await answer) as Figures & {
      breakdowns: { users: { sex: Record<string, number> } };
    };
    expect(figures.users).toBe(13);
    const bySex = Object.values(figures.breakdowns.users.sex);
    expect(bySex.reduce((sum, n) => sum + n, 0)).toBe(13);
    expect(figures.provenance.statementCount).toBe(13);
  });
});
