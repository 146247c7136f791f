import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import type { BenchServer } from './bench-environment.js';
import { getJson, login, postJson, postStatements, type BenchAccount } from './bench-http.js';
import { percentile, runClients, type LoadResult } from './concurrent-load.js';
import { loadIndicatorsDataset } from './indicators-dataset.js';
import { liveStatements } from './learning-history.js';
import { processUsage } from './process-usage.js';
import { startProductionFita } from './production-fita.js';
import { StatementTemplates } from './realistic-statements.js';
import {
  dashboardQueries,
  runSoakLoad,
  warmDashboard,
  type FreshnessAnswer,
  type SoakRun,
  type SoakTarget,
} from './soak-load.js';
import {
  statsByLabel,
  windowsOf,
  type KindStats,
  type MemorySample,
  type RequestSample,
  type SoakWindow,
  type StallSample,
} from './soak-record.js';
import { soakRows } from './soak-report.js';
import {
  errorsVerdict,
  failed,
  latencyVerdict,
  memoryVerdicts,
  pacingVerdict,
  refreshVerdict,
  SOAK_TOLERANCES,
  storedVerdict,
  type Verdict,
} from './soak-verdicts.js';
import type { BenchRow } from './spine.scenarios.js';

export interface SoakOptions {
  /** Length of the soak at half the maximum rate; fractions allowed. */
  minutes: number;
  /** Length of the maximum-rate probe. */
  probeSeconds: number;
}

/** Statements of five years loaded (by COPY) before the run, so that the dashboard reads have work. */
const HISTORY_STATEMENTS = 200_000;
const BATCH = 100;
/** Connections of the maximum-rate probe: more than enough to keep two cores busy. */
const PROBE_CONNECTIONS = 32;
/** Dashboard reads per second: two or three managers going through its pages (2 to 4 reads a page). */
const QUERIES_PER_SECOND = 2;
const IDLE_SECONDS = 20;
const MAX_FAILURES_LISTED = 100;
const TEMPLATES = 5_000;
const BENCH_MANAGER: BenchAccount = {
  email: 'manager@bench.local',
  password: 'soak-dashboard-reader-42',
};

/** A soak's figures, verdicts and the rows of the bench table. */
export interface SoakReport {
  rows: BenchRow[];
  passed: boolean;
  details: SoakDetails;
}

export interface SoakDetails {
  minutes: number;
  historyStatements: number;
  probe: {
    connections: number;
    seconds: number;
    rate: number;
    errors: number;
    p50: number;
    p95: number;
    p99: number;
  };
  ingestRate: number;
  batch: number;
  queriesPerSecond: number;
  queries: string[];
  rssBeforeProbeMiB: Record<string, number>;
  idle: {
    /** The round that asked each question once before the idle reads. */
    warmUpSeconds: number;
    windows: SoakWindow[];
    byQuery: Record<string, KindStats>;
    loadAverage: SoakRun['loadAverage'];
  };
  soak: {
    seconds: number;
    drainSeconds: number;
    windowSeconds: number;
    windows: SoakWindow[];
    /** The two halves of the run, and the whole run, as windows. */
    halves: SoakWindow[];
    whole: SoakWindow;
    byQuery: Record<string, KindStats>;
    /** Every memory sample, from which the memory verdicts can be judged again. */
    memory: MemorySample[];
    /** What the database was doing while a dashboard read waited long. */
    stalls: StallSample[];
    /** The requests answered anything but 200 (the first `MAX_FAILURES_LISTED`). */
    failures: RequestSample[];
    ingest: SoakRun['ingest'];
    queries: SoakRun['queries'];
    loadAverage: SoakRun['loadAverage'];
  };
  end: SoakEnd & { expectedStored: number; probeCaughtUpSeconds: number | null };
  tolerances: typeof SOAK_TOLERANCES;
  verdicts: Verdict[];
}

/**
 * Issue 9's soak: Fita in production mode (API and worker processes on a
 * scratch database, Postgres and Redis) with a learner registry, a course
 * catalogue and a history loaded. The maximum sustained ingest rate is
 * measured first, and the dashboard reads' latency with no ingestion; then
 * statements go in at half that rate while a manager's dashboard reads run,
 * for `minutes`. Verdicts: no errors, memory flat, latency stable, every
 * statement stored and the refresh caught up.
 */
export async function runSoakScenario(
  server: BenchServer,
  options: SoakOptions,
): Promise<SoakReport> {
  const fita = await startProductionFita(server, 'soak');
  try {
    const processes = new Map([
      ['API', fita.api],
      ['worker', fita.worker],
    ]);
    progress(
      `loading the registry, the catalogue and ${HISTORY_STATEMENTS.toLocaleString('en')} statements of history...`,
    );
    const prepared = await prepareSoak(
      fita.baseUrl,
      fita.databaseUrl,
      processes,
      HISTORY_STATEMENTS,
    );
    const { target } = prepared;
    const rssBeforeProbeMiB = Object.fromEntries(
      [...processes].map(([role, child]) => [role, processUsage(child.pid!).rssMiB]),
    );

    progress(
      `phase 1: maximum ingest rate, ${PROBE_CONNECTIONS} connections for ${options.probeSeconds} s...`,
    );
    const probe = await probeMaxRate(target, options.probeSeconds);
    const probeStored = probe.result.requests * BATCH;
    const probeCaughtUp = await settleSoak(target);
    progress(
      `  ${probe.rate.toFixed(0)} statements/s; refresh caught up ${probeCaughtUp.caughtUpSeconds?.toFixed(1) ?? 'not'} s later`,
    );

    progress(`phase 1: each of the ${target.queries.length} dashboard questions once, in turn...`);
    const warmUpSeconds = await warmDashboard(target);
    progress(`  ${warmUpSeconds.toFixed(1)} s`);
    progress(`phase 1: dashboard reads with no ingestion, ${IDLE_SECONDS} s...`);
    const idle = await runSoakLoad(target, {
      seconds: IDLE_SECONDS,
      ingestRate: 0,
      batch: BATCH,
      queriesPerSecond: QUERIES_PER_SECOND,
    });

    const ingestRate = probe.rate / 2;
    progress(
      `phase 2: ${ingestRate.toFixed(0)} statements/s and ${QUERIES_PER_SECOND} dashboard reads/s for ${options.minutes} min...`,
    );
    const run = await runSoakLoad(target, {
      seconds: options.minutes * 60,
      ingestRate,
      batch: BATCH,
      queriesPerSecond: QUERIES_PER_SECOND,
    });
    progress('waiting for the refresh to catch up and counting the statements...');
    const end = await settleSoak(target);
    const judged = judgeSoak(run, prepared.history + probeStored, end);

    const details: SoakDetails = {
      minutes: options.minutes,
      historyStatements: prepared.history,
      probe: {
        connections: PROBE_CONNECTIONS,
        seconds: probe.result.seconds,
        rate: probe.rate,
        errors: probe.result.errors,
        p50: percentile(probe.result.latencies, 0.5),
        p95: percentile(probe.result.latencies, 0.95),
        p99: percentile(probe.result.latencies, 0.99),
      },
      ingestRate,
      batch: BATCH,
      queriesPerSecond: QUERIES_PER_SECOND,
      queries: target.queries,
      rssBeforeProbeMiB,
      idle: {
        warmUpSeconds,
        windows: windowsOf(idle.record, IDLE_SECONDS, IDLE_SECONDS),
        byQuery: statsByLabel(idle.record, 'query'),
        loadAverage: idle.loadAverage,
      },
      soak: {
        seconds: run.seconds,
        drainSeconds: run.drainSeconds,
        windowSeconds: judged.windowSeconds,
        windows: judged.windows,
        halves: windowsOf(run.record, run.seconds / 2, run.seconds),
        whole: windowsOf(run.record, run.seconds, run.seconds)[0],
        byQuery: statsByLabel(run.record, 'query'),
        memory: run.record.memory,
        stalls: run.record.stalls,
        failures: run.record.requests
          .filter((request) => request.status !== 200)
          .slice(0, MAX_FAILURES_LISTED),
        ingest: run.ingest,
        queries: run.queries,
        loadAverage: run.loadAverage,
      },
      end: {
        ...end,
        expectedStored: judged.expectedStored,
        probeCaughtUpSeconds: probeCaughtUp.caughtUpSeconds,
      },
      tolerances: SOAK_TOLERANCES,
      verdicts: judged.verdicts,
    };
    return { rows: soakRows(details), passed: failed(judged.verdicts).length === 0, details };
  } finally {
    await fita.stop();
  }
}

/**
 * A Fita ready to soak: the catalogue and registry imported, `history`
 * statements of five years loaded and folded into the facts by a rebuild,
 * a manager signed in, and statements to send: ongoing journeys of the
 * registry's learners.
 */
export async function prepareSoak(
  baseUrl: string,
  databaseUrl: string,
  processes: Map<string, ChildProcess>,
  history: number,
): Promise<{ target: SoakTarget; history: number }> {
  const dataset = await loadIndicatorsDataset(baseUrl, databaseUrl, history);
  const admin = await login(baseUrl);
  await postJson(baseUrl, admin, '/api/indicators/rebuild', {}, 202);
  await postJson(baseUrl, admin, '/api/admin/users', { ...BENCH_MANAGER, role: 'manager' }, 201);
  const token = await login(baseUrl, BENCH_MANAGER);
  const templates = new StatementTemplates(
    liveStatements(TEMPLATES, dataset.population, 'soak', Date.now(), []),
  );
  const queries = dashboardQueries(new Date());
  const target = { baseUrl, databaseUrl, processes, token, templates, queries };
  const rebuilt = await settleSoak(target);
  if (rebuilt.caughtUpSeconds === null || rebuilt.stored !== dataset.load.statements) {
    throw new Error(`the rebuild of the loaded history did not finish: ${JSON.stringify(rebuilt)}`);
  }
  return { target, history: dataset.load.statements };
}

/** Statements per second that `PROBE_CONNECTIONS` closed-loop connections get stored, batches of `BATCH`. */
export async function probeMaxRate(
  target: SoakTarget,
  seconds: number,
): Promise<{ rate: number; result: LoadResult }> {
  let next = 0;
  const result = await runClients(PROBE_CONNECTIONS, seconds, () =>
    postStatements(target.baseUrl, target.templates.batch(BATCH * next++, BATCH)),
  );
  return { rate: (result.requests * BATCH) / result.seconds, result };
}

export interface SoakEnd {
  /** Seconds until /freshness showed every stored statement processed; null if it did not in time. */
  caughtUpSeconds: number | null;
  freshness: FreshnessAnswer;
  /** Statements in the database. */
  stored: number;
}

/** Waits for the refresh to include every stored statement, then counts them in the database. */
export async function settleSoak(target: SoakTarget): Promise<SoakEnd> {
  const started = performance.now();
  const deadline = started + SOAK_TOLERANCES.refreshCatchUpSeconds * 1000;
  let freshness = await readFreshness(target);
  while (
    freshness.statementsProcessed !== freshness.statementsStored &&
    performance.now() < deadline
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    freshness = await readFreshness(target);
  }
  const caughtUp = freshness.statementsProcessed === freshness.statementsStored;
  const caughtUpSeconds = caughtUp ? (performance.now() - started) / 1000 : null;
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM statements`);
    return { caughtUpSeconds, freshness, stored: rows[0].n };
  } finally {
    await client.end();
  }
}

/**
 * The run's windows (a minute each, or a quarter of a shorter run) and its
 * verdicts; `storedBefore` statements were in the database before it.
 */
export function judgeSoak(run: SoakRun, storedBefore: number, end: SoakEnd) {
  const windowSeconds = Math.min(60, run.seconds / 4);
  const windows = windowsOf(run.record, windowSeconds, run.seconds);
  const sentAndStored = windows.reduce((sum, w) => sum + w.kinds.ingest.stored, 0);
  const expectedStored = storedBefore + sentAndStored;
  const roles = [...new Set(run.record.memory.flatMap((s) => Object.keys(s.rssMiB)))];
  const verdicts: Verdict[] = [
    errorsVerdict(windows),
    ...(run.ingest ? [pacingVerdict('ingest', run.ingest)] : []),
    pacingVerdict('dashboard', run.queries),
    ...roles.flatMap((role) => memoryVerdicts(role, windows, run.record.memory)),
    latencyVerdict('ingest', windows),
    latencyVerdict('query', windows),
    storedVerdict(expectedStored, end.stored),
    refreshVerdict(end.caughtUpSeconds, end.freshness, end.stored),
  ];
  return { windowSeconds, windows, expectedStored, verdicts };
}

async function readFreshness(target: SoakTarget): Promise<FreshnessAnswer> {
  return getJson<FreshnessAnswer>(target.baseUrl, target.token, '/api/indicators/freshness');
}

function progress(line: string): void {
  process.stdout.write(`  ${line}\n`);
}
