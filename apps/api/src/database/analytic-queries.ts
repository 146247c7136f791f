import type { DataSource } from 'typeorm';
import { ConcurrencyLimit } from '../common/concurrency-limit.js';
import { ANALYTIC_QUERY_PERMITS } from './data-source.js';

/** What runs SQL: a data source, or one connection inside a transaction. */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

const limits = new WeakMap<DataSource, ConcurrencyLimit>();

function limitOf(dataSource: DataSource): ConcurrencyLimit {
  let limit = limits.get(dataSource);
  if (!limit) {
    limit = new ConcurrencyLimit(ANALYTIC_QUERY_PERMITS);
    limits.set(dataSource, limit);
  }
  return limit;
}

/** Analytic queries of this process holding a permit, and waiting for one. */
export function analyticLoad(dataSource: DataSource): { active: number; queued: number } {
  const limit = limitOf(dataSource);
  return { active: limit.active, queued: limit.queued };
}

/**
 * The database as analytic queries use it: every repository of a process
 * that reads with this shares one bound of ANALYTIC_QUERY_PERMITS
 * connections, leaving the rest of the pool to requests that must answer
 * at once (statement posts, sign-ins, lists).
 */
export function analyticQueries(dataSource: DataSource): Queryable {
  const limit = limitOf(dataSource);
  return {
    query: <T>(sql: string, parameters?: unknown[]) =>
      limit.run(() => dataSource.query<T>(sql, parameters)),
  };
}

/**
 * Runs `work` on one connection, in one read-only REPEATABLE READ
 * transaction, holding one of the same permits throughout. The several
 * queries of one answer then see the same data, even when a refresh commits
 * between them; run separately, a breakdown could add up to a different
 * total than the figure beside it. The queries of `work` run one after the
 * other on that connection.
 */
export function analyticSnapshot<T>(
  dataSource: DataSource,
  work: (db: Queryable) => Promise<T>,
): Promise<T> {
  return limitOf(dataSource).run(async () => {
    const runner = dataSource.createQueryRunner();
    // pg queues a second query sent while one runs, but is to stop doing so:
    // the queries of `work` wait their turn here instead.
    const oneAtATime = new ConcurrencyLimit(1);
    await runner.connect();
    try {
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work({
        query: (sql, parameters) => oneAtATime.run(() => runner.query(sql, parameters)),
      });
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      // A connection given back mid-transaction would hand it to its next user.
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  });
}
