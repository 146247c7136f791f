import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { login, postStatements, statement, waitForFreshness } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { IndicatorFactsRepository } from './indicator-facts.repository.js';

/**
 * Fewer than autovacuum's own threshold (50 dead or 1,000 inserted rows), so
 * that on a server where it runs it leaves these rows to the test.
 */
const STATEMENTS = 40;

/** The refresh clears the inbox's dead rows itself, on servers without autovacuum too. */
describe('statement inbox upkeep', () => {
  let app: TestApp;
  let database: DataSource;
  let facts: IndicatorFactsRepository;

  const deadInboxRows = async (): Promise<number> => {
    const [row] = await database.query<{ dead: number }[]>(
      `SELECT n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relid = 'statement_inbox'::regclass`,
    );
    return row.dead;
  };

  beforeAll(async () => {
    app = await startTestApp();
    database = app.app.get(DataSource);
    facts = app.app.get(IndicatorFactsRepository);
    const token = await login(app);
    const posted = await postStatements(
      app,
      Array.from({ length: STATEMENTS }, () => statement()),
    );
    expect(posted.status).toBe(200);
    await waitForFreshness(app.baseUrl, token);
    // A backend reports its deletions to the statistics once it has been idle for a while.
    const deadline = Date.now() + 30_000;
    while ((await deadInboxRows()) < STATEMENTS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  afterAll(() => app.close());

  it('leaves the inbox alone below the threshold', async () => {
    expect(await deadInboxRows()).toBe(STATEMENTS);
    expect(await facts.vacuumInboxBeyond(STATEMENTS + 1)).toBe(false);
    expect(await deadInboxRows()).toBe(STATEMENTS);
  });

  it('vacuums it once the consumed statements reach the threshold', async () => {
    expect(await facts.vacuumInboxBeyond(STATEMENTS)).toBe(true);
    expect(await deadInboxRows()).toBe(0);
    const [inbox] = await database.query<{ live: number }[]>(
      `SELECT count(*)::int AS live FROM statement_inbox`,
    );
    expect(inbox.live).toBe(0);
  });

  it('leaves the emptied pages in place: cutting them off would wait for ingestion to pause', async () => {
    // Empty now, the inbox's last page is one a truncating vacuum would have cut off.
    const [size] = await database.query<{ bytes: number }[]>(
      `SELECT pg_relation_size('statement_inbox')::int AS bytes`,
    );
    expect(size.bytes).toBeGreaterThan(0);
  });
});
