import os from 'node:os';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Connections each Fita process may open to Postgres. Statement posts hold
 * one for their transaction; at 2,000 statements/s a dozen are open at once
 * (measured by the soak benchmark), and a post that waits 5 s for one fails.
 */
export const POOL_SIZE = 20;

/**
 * How many of them analytic queries (indicator facts, data quality) may hold
 * at once. Those queries take seconds on large data and come in bursts (an
 * ERDF workbook asks for every reporting year together, the quality page
 * for eight scans), so without a bound they took the whole pool and
 * sign-ins, lists and statement posts waited until they failed. Each runs
 * on one core, and live answers keep them busy while statements stream in,
 * so they may have half the machine's cores: on two cores, two permits left
 * ingestion's p50 at 0.7 to 1.6 s in the soak benchmark, one left it at 79 ms.
 */
export const ANALYTIC_QUERY_PERMITS = Math.max(1, Math.floor(os.availableParallelism() / 2));

/** The one definition of how Fita talks to Postgres; migrations only, never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: POOL_SIZE,
      application_name: 'fita',
      connectionTimeoutMillis: 5_000,
      // JIT compiles every large fact query anew (0.2-0.3 s each, measured in
      // the indicators bench) and these queries run once per step or answer.
      options: '-c jit=off',
    },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
