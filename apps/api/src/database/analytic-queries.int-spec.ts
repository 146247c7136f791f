import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { analyticSnapshot } from './analytic-queries.js';
import { ANALYTIC_QUERY_PERMITS, dataSourceOptions } from './data-source.js';

/** The snapshot that one indicator answer reads from (ADR 0014). */
describe('analyticSnapshot', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let writer: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ ...dataSourceOptions(database.url), migrations: [] });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counted (n int)');
    writer = new pg.Client({ connectionString: database.url });
    await writer.connect();
  });
  afterAll(async () => {
    await writer.end();
    await dataSource.destroy();
    await database.drop();
  });

  const count = async (db: { query<T>(sql: string): Promise<T> }) =>
    (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM counted'))[0].n;

  it('reads every query of the work from the data as it was at its first', async () => {
    const seen = await analyticSnapshot(dataSource, async (db) => {
      const before = await count(db);
      await writer.query('INSERT INTO counted VALUES (1)');
      // Sent together, as an answer's parts are: they run one after the other.
      const after = await Promise.all([count(db), count(db), count(db)]);
      return { before, after };
    });
    expect(seen).toEqual({ before: 0, after: [0, 0, 0] });
    expect(await count(dataSource)).toBe(1);
  });

  it('refuses to write, rolls back on failure, and gives its connection and permit back', async () => {
    await expect(
      analyticSnapshot(dataSource, (db) => db.query('INSERT INTO counted VALUES (2)')),
    ).rejects.toThrow(/read-only transaction/);
    // As many snapshots as there are permits, and one more: none is left waiting.
    const counts = await Promise.all(
      Array.from({ length: ANALYTIC_QUERY_PERMITS + 1 }, () => analyticSnapshot(dataSource, count)),
    );
    expect(counts).toEqual(Array.from({ length: ANALYTIC_QUERY_PERMITS + 1 }, () => 1));
    const { rows } = await writer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(rows[0].n).toBe(0);
  });
});
