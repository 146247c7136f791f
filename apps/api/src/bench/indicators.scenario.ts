import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from '../database/migrations-runner.js';
import { createDatabase, dropDatabase } from '../database/scratch-database.js';
import { IndicatorsRefreshService } from '../modules/indicators/indicators-refresh.service.js';
import { startInProcessApp, type BenchServer } from './bench-environment.js';
import { getJson, login } from './bench-http.js';
import { runClients } from './concurrent-load.js';
import { loadIndicatorsDataset, type IndicatorsDataset } from './indicators-dataset.js';
import { measureIncrementalRefresh } from './incremental-refresh.js';
import {
  indicatorsRows,
  type LiveMeasurement,
  type RebuildMeasurement,
} from './indicators-report.js';
import { cpuShares, cpuSnapshot } from './process-usage.js';
import { startFitaProcesses } from './production-fita.js';
import { baselineScan, checkUsersPerYear } from './raw-statement-counts.js';
import type { BenchRow } from './spine.scenarios.js';

export interface IndicatorsOptions {
  statements: number;
  /** How long the concurrent GET load runs. */
  seconds: number;
}

const BASELINE_RUNS = 3;
const CLIENTS = 32;
const FIVE_YEARS = '/api/indicators?from=2017-01-01&to=2021-12-31';

/**
 * Issue 5: the indicator engine over five years of a training agency's
 * statements loaded by COPY. Every figure is compared with one hand-written
 * scan of the raw statements (distinct actors per local year) in the same run.
 */
export async function runIndicatorsScenario(
  server: BenchServer,
  options: IndicatorsOptions,
): Promise<BenchRow[]> {
  const name = `fita_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await createDatabase(server.serverUrl, name);
  try {
    await migrateDatabase(databaseUrl);
    const built = await loadAndRebuild(databaseUrl, options.statements);
    const live = await measureLive(databaseUrl, built.dataset, options.seconds);
    return indicatorsRows(
      { size: options.statements, seconds: options.seconds, clients: CLIENTS },
      built,
      live,
    );
  } finally {
    // Kept on request, to study its query plans after the run.
    if (process.env['FITA_BENCH_KEEP_DATABASE'] === 'true') {
      process.stdout.write(`  database kept: ${databaseUrl}\n`);
    } else {
      await dropDatabase(server.serverUrl, name);
    }
  }
}

/**
 * Load, baseline and full rebuild, with the app in this process and no
 * worker: nothing but the measured call touches the facts.
 */
async function loadAndRebuild(
  databaseUrl: string,
  statements: number,
): Promise<RebuildMeasurement> {
  const { app, baseUrl } = await startInProcessApp(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    process.stdout.write(`  loading ${statements.toLocaleString('en')} statements by COPY...\n`);
    const dataset = await loadIndicatorsDataset(baseUrl, databaseUrl, statements);

    process.stdout.write('  baseline: distinct actors per local year over the raw statements...\n');
    const baselineRuns: number[] = [];
    for (let run = 0; run < BASELINE_RUNS; run += 1) baselineRuns.push(await baselineScan(client));

    process.stdout.write('  full rebuild of the indicator facts...\n');
    const before = cpuSnapshot();
    const started = performance.now();
    const report = await app.get(IndicatorsRefreshService).rebuild();
    const rebuildSeconds = (performance.now() - started) / 1000;
    const rebuildCpu = cpuShares(before, cpuSnapshot());
    const { rows: left } = await client.query<{ inbox: number; processed: number }>(
      `SELECT (SELECT count(*)::int FROM statement_inbox) AS inbox,
              (SELECT statements_processed::int FROM indicator_watermarks WHERE name = 'facts') AS processed`,
    );
    if (left[0].inbox !== 0 || left[0].processed !== dataset.load.statements) {
      throw new Error(
        `the rebuild left ${left[0].inbox} statements in the inbox and counted ${left[0].processed} of ${dataset.load.statements}`,
      );
    }
    const check = await checkUsersPerYear(client, baseUrl);
    return { dataset, baselineRuns, rebuildSeconds, rebuildCpu, report, check };
  } finally {
    await client.end();
    await app.close();
  }
}

/** Incremental refresh and queries, against Fita's own processes as they run in this mode. */
async function measureLive(
  databaseUrl: string,
  dataset: IndicatorsDataset,
  seconds: number,
): Promise<LiveMeasurement> {
  const fita = await startFitaProcesses(databaseUrl);
  try {
    process.stdout.write('  incremental refresh after POSTs of 1,000 statements...\n');
    const incremental = await measureIncrementalRefresh(fita, databaseUrl, dataset);

    const token = await login(fita.baseUrl);
    const coldStarted = performance.now();
    const first = await getJson<{ users: number; provenance: { statementCount: number } }>(
      fita.baseUrl,
      token,
      FIVE_YEARS,
    );
    const coldMs = performance.now() - coldStarted;
    if (!(first.users > 0 && first.provenance.statementCount > 0)) {
      throw new Error(`GET ${FIVE_YEARS} answered without figures: ${JSON.stringify(first)}`);
    }

    process.stdout.write(`  GET ${FIVE_YEARS} from ${CLIENTS} clients for ${seconds} s...\n`);
    const pids = new Map([...fita.processes].map(([role, child]) => [role, child.pid as number]));
    const before = cpuSnapshot(pids);
    const load = await runClients(CLIENTS, seconds, () => getJson(fita.baseUrl, token, FIVE_YEARS));
    const loadCpu = cpuShares(before, cpuSnapshot(pids));
    return { incremental, coldMs, first, load, loadCpu };
  } finally {
    await fita.stop();
  }
}
