import pg from 'pg';
import { IndicatorsRefreshService } from '../modules/indicators/indicators-refresh.service.js';
import { BENCH_ADMIN, BENCH_LRS, type BenchApp } from './bench-environment.js';
import { measure, median } from './measure.js';
import { generateStatements } from './statement-generator.js';

export interface BenchRow {
  scenario: string;
  size: number;
  unit: string;
  fita: number;
  baseline: number;
  /** fita / baseline */
  ratio: number;
  baselineIs: string;
  /** Latencies, CPU, memory: what the ratio alone does not tell. */
  notes?: string;
}

const BATCH = 500;
const CONCURRENCY = 4;
const QUERY_REPEATS = 30;
const YEAR = { from: '2020-01-01', to: '2020-12-31' };

/**
 * The walking skeleton's three costs on one database: ingest over HTTP,
 * the facts refresh, and an indicator query; each against a baseline measured
 * in the same run on the same Postgres.
 */
export async function runSpineScenarios(bench: BenchApp, size: number): Promise<BenchRow[]> {
  const statements = generateStatements(size, Math.max(10, Math.floor(size / 8)));
  const batches = chunk(statements, BATCH);
  const pool = new pg.Pool({ connectionString: bench.databaseUrl, max: CONCURRENCY });
  try {
    const ingest = await measure(size, () =>
      inParallel(batches, (batch) => postBatch(bench.baseUrl, batch)),
    );
    await pool.query(
      `CREATE TABLE bench_raw_inserts (id uuid PRIMARY KEY, payload jsonb NOT NULL)`,
    );
    const rawInsert = await measure(size, () =>
      inParallel(batches, (batch) =>
        pool.query(`INSERT INTO bench_raw_inserts SELECT * FROM unnest($1::uuid[], $2::jsonb[])`, [
          batch.map((s) => s['id']),
          batch.map((s) => JSON.stringify(s)),
        ]),
      ),
    );

    const refresher = bench.app.get(IndicatorsRefreshService);
    // With the inbox vacuum it starts: its work is the refresh's, though no reader waits for it.
    const refresh = await measure(size, async () => {
      await refresher.refresh();
      await refresher.inboxUpkeep();
    });
    const rawScan = await measure(size, () =>
      pool.query(rawUsersSql(), ['0001-01-01', '9999-12-31']),
    );

    const token = await login(bench.baseUrl);
    const apiTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < QUERY_REPEATS; i += 1) {
      apiTimes.push((await measure(1, () => getIndicators(bench.baseUrl, token))).seconds * 1000);
      rawTimes.push(
        (await measure(1, () => pool.query(rawUsersSql(), [YEAR.from, YEAR.to]))).seconds * 1000,
      );
    }

    return [
      row(
        'ingest (POST /xapi/statements, batches of 500, 4 clients)',
        size,
        'statements/s',
        ingest.perSecond,
        rawInsert.perSecond,
        'INSERT of the same JSON into a bare table, same batches',
      ),
      row(
        'refresh (indicators-refresh job, all statements)',
        size,
        'statements/s',
        refresh.perSecond,
        rawScan.perSecond,
        'one aggregate of distinct actors per local date over the raw statements',
      ),
      row(
        'query (GET /api/indicators, one year, median of 30)',
        size,
        'ms',
        median(apiTimes),
        median(rawTimes),
        'the same users figure computed from the raw statements',
      ),
    ];
  } finally {
    await pool.end();
  }
}

function rawUsersSql(): string {
  return `SELECT count(DISTINCT actor_key) FROM statements
          WHERE actor_type = 'Agent' AND (timestamp AT TIME ZONE 'Europe/Madrid')::date BETWEEN $1 AND $2`;
}

function row(
  scenario: string,
  size: number,
  unit: string,
  fita: number,
  baseline: number,
  baselineIs: string,
): BenchRow {
  return { scenario, size, unit, fita, baseline, ratio: fita / baseline, baselineIs };
}

async function postBatch(baseUrl: string, batch: unknown[]): Promise<void> {
  const response = await fetch(`${baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${BENCH_LRS.key}:${BENCH_LRS.secret}`).toString('base64')}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(batch),
  });
  if (response.status !== 200)
    throw new Error(`ingest failed: ${response.status} ${await response.text()}`);
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  return ((await response.json()) as { token: string }).token;
}

async function getIndicators(baseUrl: string, token: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/indicators?from=${YEAR.from}&to=${YEAR.to}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`query failed: ${response.status}`);
  await response.arrayBuffer();
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next++];
        await work(item);
      }
    }),
  );
}
