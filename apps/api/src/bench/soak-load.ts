import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { LMS } from './bench-population.js';
import { getAnswer, getJson, sendStatements } from './bench-http.js';
import { databaseActivity } from './database-activity.js';
import { askMemory } from './process-memory.js';
import { processUsage } from './process-usage.js';
import type { StatementTemplates } from './realistic-statements.js';
import { runPacer, type PacerResult } from './soak-pacer.js';
import { SoakRecord } from './soak-record.js';
import { SOAK_TOLERANCES } from './soak-verdicts.js';

/** A running Fita and what to send it. */
export interface SoakTarget {
  baseUrl: string;
  /** Fita's database, whose activity is recorded when a dashboard read waits long. */
  databaseUrl: string;
  /** Fita's processes by role (API, worker), whose memory is sampled. */
  processes: Map<string, ChildProcess>;
  /** A manager's bearer token: the dashboard reads and the freshness polls. */
  token: string;
  templates: StatementTemplates;
  /** Dashboard API paths, asked in turn. */
  queries: string[];
}

export interface SoakLoad {
  seconds: number;
  /** Statements per second; 0 sends none (idle latency). */
  ingestRate: number;
  batch: number;
  queriesPerSecond: number;
}

export interface SoakRun {
  /** As asked: the sends were scheduled over these seconds. */
  seconds: number;
  /** Seconds after them until the last answer came. */
  drainSeconds: number;
  record: SoakRecord;
  /** null when no statements were sent. */
  ingest: PacerResult | null;
  queries: PacerResult;
  /** One-minute load average of the machine at the start and at the end. */
  loadAverage: { start: number; end: number };
}

/** Further sends wait beyond this many unanswered ones (and are late). */
const MAX_IN_FLIGHT = 256;
/** A request without an answer by then counts as an error (no answer). */
const REQUEST_TIMEOUT_MS = 30_000;
const MEMORY_SAMPLE_MS = 1_000;
/** A dashboard read unanswered this long gets the database's activity recorded. */
const STALL_AFTER_MS = 10_000;
const FRESHNESS_POLL_MS = 1_000;

/**
 * Statements at `ingestRate` in batches and dashboard reads at
 * `queriesPerSecond`, both open-loop, for `seconds`; meanwhile the processes'
 * memory and the refresh lag (GET /api/indicators/freshness, as the Overview
 * polls it) are sampled every second.
 */
export async function runSoakLoad(target: SoakTarget, load: SoakLoad): Promise<SoakRun> {
  const record = new SoakRecord();
  const loadAtStart = os.loadavg()[0];
  const lateAfterMs = SOAK_TOLERANCES.lateAfterMs;
  const pacing = { seconds: load.seconds, maxInFlight: MAX_IN_FLIGHT, lateAfterMs };
  const late = (lateMs: number) => lateMs > lateAfterMs;
  let running = true;
  const sampling = Promise.all([
    repeat(
      MEMORY_SAMPLE_MS,
      () => running,
      () => sampleMemory(record, target.processes),
    ),
    repeat(
      FRESHNESS_POLL_MS,
      () => running,
      () => pollFreshness(record, target),
    ),
  ]);
  try {
    const [ingest, queries] = await Promise.all([
      load.ingestRate > 0
        ? runPacer({ ...pacing, perSecond: load.ingestRate / load.batch }, (slot, lateMs) =>
            record.time('ingest', load.batch, late(lateMs), async () => {
              const body = target.templates.batch(slot * load.batch, load.batch);
              const answer = await sendStatements(target.baseUrl, body, timeout());
              return answer.status;
            }),
          )
        : Promise.resolve(null),
      runPacer({ ...pacing, perSecond: load.queriesPerSecond }, (slot, lateMs) => {
        const path = target.queries[slot % target.queries.length];
        return record.time(
          'query',
          0,
          late(lateMs),
          () =>
            whileWatched(record, target.databaseUrl, path, async () => {
              const answer = await getAnswer(
                target.baseUrl,
                target.token,
                path,
                timeout(),
                DASHBOARD_READ,
              );
              return answer.status;
            }),
          path,
        );
      }),
    ]);
    return {
      seconds: load.seconds,
      drainSeconds: Math.max(0, record.now() / 1000 - load.seconds),
      record,
      ingest,
      queries,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    };
  } finally {
    running = false;
    await sampling;
  }
}

/**
 * Asks each dashboard question once, in turn, and returns how long the
 * round took. The idle latency is measured after it: its first round would
 * otherwise be the cold computations of every answer after the probe's burst,
 * not the reads as a manager makes them on a quiet system.
 */
export async function warmDashboard(target: SoakTarget): Promise<number> {
  const started = performance.now();
  for (const path of target.queries) {
    await getJson(target.baseUrl, target.token, path, timeout(), DASHBOARD_READ);
  }
  return (performance.now() - started) / 1000;
}

/**
 * Runs a dashboard read; if it has not answered after `STALL_AFTER_MS`,
 * records what the database is doing then, so that a read that times out
 * comes with its cause.
 */
async function whileWatched(
  record: SoakRecord,
  databaseUrl: string,
  label: string,
  read: () => Promise<number>,
): Promise<number> {
  const at = record.now();
  const watchdog = setTimeout(() => {
    databaseActivity(databaseUrl).then(
      (activity) => record.stalls.push({ at, waitedMs: record.now() - at, label, activity }),
      () => undefined, // a snapshot that fails tells nothing; the read's own outcome still counts
    );
  }, STALL_AFTER_MS);
  try {
    return await read();
  } finally {
    clearTimeout(watchdog);
  }
}

/** What the dashboard sends with its live figures and the quality view (ADR 0014). */
const DASHBOARD_READ = { 'Cache-Control': 'max-stale=600' };

/**
 * What the dashboard asks as a manager uses it: the Overview (a year's key
 * figures, figures per year, operations), Trends, Breakdowns with filters and
 * age bands, Courses, and Data quality; over the loaded history and over the
 * current weeks, which the soak's statements keep changing.
 */
export function dashboardQueries(now: Date): string[] {
  const year = now.getUTCFullYear();
  const today = now.toISOString().slice(0, 10);
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  const course = encodeURIComponent(`${LMS}/courses/3`);
  return [
    `/api/indicators?from=${year}-01-01&to=${year}-12-31`,
    `/api/indicators/series?interval=year&from=2017-01-01&to=${year}-12-31`,
    '/api/operations',
    '/api/indicators?from=2020-01-01&to=2020-12-31',
    `/api/indicators/series?interval=month&from=${year}-01-01&to=${year}-12-31`,
    '/api/indicators/series?interval=month&from=2019-01-01&to=2021-12-31&format=mooc',
    '/api/indicators?from=2017-01-01&to=2021-12-31&ageScheme=eurostat',
    '/api/indicators?from=2019-01-01&to=2021-12-31&programme=digital-skills',
    `/api/indicators?from=${monthAgo}&to=${today}&ageScheme=custom&ageBands=25-40`,
    `/api/indicators/courses?from=${year}-01-01&to=${year}-12-31`,
    '/api/indicators/courses?from=2017-01-01&to=2021-12-31&format=course',
    `/api/indicators?from=2018-01-01&to=${year}-12-31&course=${course}`,
    '/api/quality',
  ];
}

/**
 * One memory sample of every process: RSS read at the same instant, and the
 * processes asked together, so that a busy process delays the sample by one
 * answer's wait at most, not one per process.
 */
async function sampleMemory(
  record: SoakRecord,
  processes: Map<string, ChildProcess>,
): Promise<void> {
  const at = record.now();
  const rssMiB: Record<string, number> = {};
  const alive: [string, ChildProcess][] = [];
  for (const [role, child] of processes) {
    try {
      rssMiB[role] = processUsage(child.pid!).rssMiB;
      alive.push([role, child]);
    } catch {
      // The process is gone: the requests' errors tell it.
    }
  }
  const reports = await Promise.all(alive.map(([, child]) => askMemory(child)));
  const liveMiB: Record<string, number> = {};
  const fullCollections: Record<string, number> = {};
  alive.forEach(([role], i) => {
    const report = reports[i];
    if (report?.liveAfterFullGcMiB != null) {
      liveMiB[role] = report.liveAfterFullGcMiB;
      fullCollections[role] = report.fullCollections;
    }
  });
  record.memory.push({ at, rssMiB, liveMiB, fullCollections });
}

async function pollFreshness(record: SoakRecord, target: SoakTarget): Promise<void> {
  await record.time('freshness', 0, false, async () => {
    const at = record.now();
    const { status, answer } = await getAnswer(
      target.baseUrl,
      target.token,
      '/api/indicators/freshness',
      timeout(),
    );
    if (status === 200) {
      const freshness = JSON.parse(answer) as FreshnessAnswer;
      const asOf = freshness.asOf === null ? Date.now() : Date.parse(freshness.asOf);
      record.refresh.push({
        at,
        pending: freshness.statementsStored - freshness.statementsProcessed,
        lagSeconds: Math.max(0, (Date.now() - asOf) / 1000),
      });
    }
    return status;
  });
}

export interface FreshnessAnswer {
  statementsStored: number;
  statementsProcessed: number;
  asOf: string | null;
}

async function repeat(
  everyMs: number,
  running: () => boolean,
  task: () => Promise<void>,
): Promise<void> {
  while (running()) {
    const started = performance.now();
    await task();
    await sleep(Math.max(0, everyMs - (performance.now() - started)));
  }
}

function timeout(): AbortSignal {
  return AbortSignal.timeout(REQUEST_TIMEOUT_MS);
}
