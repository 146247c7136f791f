// The harness of the fault tests (issue 9): Fita's compiled production
// processes (main.js, worker.js) on a Postgres and a Redis of the test's own,
// which the test may stop, kill and restart without disturbing anything else.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { findRepoRoot } from '../../src/config/repo-root.js';
import { findFreePort } from '../../src/database/embedded-postgres/free-port.finder.js';
import { migrateDatabase } from '../../src/database/migrations-runner.js';
import { createDatabase } from '../../src/database/scratch-database.js';
import { JOBS } from '../../src/jobs/job-registry.js';
import { getJson, login } from '../api-client.js';
import { readFactTables, readFigures, type ProcessSettings } from '../indicator-proof.js';
import { killOnExit } from './fault-cleanup.js';
import { startFaultPostgres, type FaultPostgres } from './fault-postgres.js';
import { startFaultRedis, type FaultRedis } from './fault-redis.js';

export interface FitaChild {
  entry: 'main.js' | 'worker.js';
  pid: number;
  /** Everything the process printed so far. */
  output(): string;
  isRunning(): boolean;
  /** Sends the signal and resolves once the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** SIGTERM, then SIGKILL after 20 s. */
  stop(): Promise<void>;
}

export interface FitaApi extends FitaChild {
  baseUrl: string;
  port: number;
}

export interface FaultFita {
  postgres: FaultPostgres;
  redis: FaultRedis;
  databaseUrl: string;
  settings: ProcessSettings;
  /** main.js on the test's services; on `port` when given (e.g. the port of a killed one). */
  startApi(port?: number): Promise<FitaApi>;
  /** worker.js on the test's services; resolves once its workers run. */
  startWorker(): Promise<FitaChild>;
  /** Stops every process it started, then Redis and Postgres, and removes their data. */
  close(): Promise<void>;
}

export async function startFaultFita(): Promise<FaultFita> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    // Newest first: Fita's processes before the services they use.
    for (const closer of closers.splice(0).reverse()) await closer().catch(() => undefined);
  };
  try {
    const postgres = await startFaultPostgres();
    closers.push(async () => {
      keepLog('postgres', postgres.log());
      await postgres.destroy();
    });
    const redis = await startFaultRedis();
    closers.push(() => redis.destroy());
    const databaseUrl = await createDatabase(postgres.serverUrl, 'fita');
    await migrateDatabase(databaseUrl);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-fault-data-'));
    closers.push(() => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })));
    const settings: ProcessSettings = {
      databaseUrl,
      redisUrl: redis.url,
      queuePrefix: `f${randomBytes(5).toString('hex')}`,
      admin: { email: 'admin@faults.local', password: 'fault-admin-password' },
      lrs: { key: 'fault-lrs-key', secret: 'fault-lrs-secret-0123456789' },
      env: { FITA_DATA_DIR: dataDir },
    };
    let started = 0;
    const track = <T extends FitaChild>(child: T): T => {
      const name = `${(started += 1)}-${child.entry}`;
      closers.push(async () => {
        await child.stop();
        keepLog(name, child.output());
      });
      return child;
    };
    return {
      postgres,
      redis,
      databaseUrl,
      settings,
      startApi: async (port) => {
        const chosen = port ?? (await findFreePort());
        const baseUrl = `http://127.0.0.1:${chosen}`;
        const child = await spawnFita('main.js', settings, { PORT: String(chosen) }, async () => {
          const health = await fetch(`${baseUrl}/health`).catch(() => undefined);
          return health?.status === 200;
        });
        return track({ ...child, baseUrl, port: chosen });
      },
      startWorker: async () =>
        track(
          await spawnFita('worker.js', settings, {}, (output) =>
            Promise.resolve(output.includes('workers running on')),
          ),
        ),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** With FITA_FAULT_LOGS=<dir>, every process's output is kept there when the test ends. */
function keepLog(name: string, text: string): void {
  const dir = process.env['FITA_FAULT_LOGS'];
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${process.pid}-${name}.log`), text);
}

async function spawnFita(
  entry: FitaChild['entry'],
  settings: ProcessSettings,
  env: Record<string, string>,
  ready: (output: string) => Promise<boolean>,
): Promise<FitaChild> {
  const repoRoot = findRepoRoot();
  const child = spawn(process.execPath, [path.join(repoRoot, 'apps/api/dist', entry)], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'log',
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      FITA_QUEUE_PREFIX: settings.queuePrefix,
      FITA_ADMIN_EMAIL: settings.admin.email,
      FITA_ADMIN_PASSWORD: settings.admin.password,
      FITA_LRS_KEY: settings.lrs.key,
      FITA_LRS_SECRET: settings.lrs.secret,
      ...settings.env,
      ...env,
    },
  });
  killOnExit(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const kill = async (signal: NodeJS.Signals) => {
    if (!isRunning()) return;
    child.kill(signal);
    await exited;
  };
  const stop = async () => {
    if (!isRunning()) return;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await kill('SIGTERM');
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (!(await ready(output))) {
    if (!isRunning()) throw new Error(`${entry} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await kill('SIGKILL');
      throw new Error(`${entry} not ready after 60 s:\n${output}`);
    }
    await sleep(100);
  }
  return { entry, pid: child.pid as number, output: () => output, isRunning, kill, stop };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function lrsAuth(settings: Pick<ProcessSettings, 'lrs'>): Record<string, string> {
  const basic = Buffer.from(`${settings.lrs.key}:${settings.lrs.secret}`).toString('base64');
  return {
    Authorization: `Basic ${basic}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
}

export interface PostOutcome {
  /** 0 when no HTTP answer came (connection refused or reset). */
  status: number;
  retryAfter: string | undefined;
  body: string;
}

/**
 * POST /xapi/statements on a connection of its own (no keep-alive pool), so
 * concurrent posts really are concurrent connections, and a process killed
 * mid-request shows up as status 0 rather than a hang.
 */
export function postStatements(
  baseUrl: string,
  settings: Pick<ProcessSettings, 'lrs'>,
  body: unknown,
  timeoutMs = 30_000,
): Promise<PostOutcome> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const request = http.request(
      `${baseUrl}/xapi/statements`,
      {
        method: 'POST',
        agent: false,
        headers: { ...lrsAuth(settings), 'Content-Length': String(payload.length) },
        timeout: timeoutMs,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: text,
          }),
        );
        response.on('error', () => resolve({ status: 0, retryAfter: undefined, body: text }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) =>
      resolve({ status: 0, retryAfter: undefined, body: error.message }),
    );
    request.end(payload);
  });
}

export const LMS = 'https://lms.example.org';
export const COURSES = ['ai', 'data', 'web'].map((name) => `${LMS}/courses/${name}`);
const VERBS = ['registered', 'completed', 'attended', 'passed'].map(
  (verb) => `http://adlnet.gov/expapi/verbs/${verb}`,
);

/**
 * Statement number `n` of a run: one of `people` actors, one of three
 * courses, a verb and a day of 2021 that vary with n, and an id of its own.
 */
export function statementNo(n: number, people = 300): Record<string, unknown> {
  const day = new Date(Date.UTC(2021, 0, 1) + ((n * 7) % 365) * 86_400_000 + (n % 24) * 3_600_000);
  return {
    id: randomUUID(),
    actor: { mbox: `mailto:p${n % people}@example.org` },
    verb: { id: VERBS[n % VERBS.length] },
    object: { id: COURSES[n % COURSES.length], objectType: 'Activity' },
    timestamp: day.toISOString(),
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, n) =>
    items.slice(n * size, (n + 1) * size),
  );
}

/** One query on the test's database, on a connection of its own. */
export async function sql<R extends pg.QueryResultRow = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Every stored statement id, lower case. */
export async function storedIds(databaseUrl: string): Promise<Set<string>> {
  const rows = await sql<{ id: string }>(databaseUrl, 'SELECT id::text AS id FROM statements');
  return new Set(rows.map((row) => row.id.toLowerCase()));
}

/**
 * Waits until no session of Fita's processes is inside a query or a
 * transaction: a killed client's transaction is then over (rolled back) on
 * the server too.
 */
export async function waitForQuietDatabase(databaseUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const busy = await sql<{ pid: number; state: string; query: string }>(
      databaseUrl,
      `SELECT pid, state, left(query, 80) AS query FROM pg_stat_activity
       WHERE application_name = 'fita' AND pid <> pg_backend_pid()
         AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')`,
    );
    if (busy.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`sessions still busy after ${timeoutMs} ms: ${JSON.stringify(busy)}`);
    await sleep(50);
  }
}

export const FIGURE_QUERIES = [
  'from=2021-01-01&to=2021-12-31',
  'from=2021-01-01&to=2021-03-31',
  'from=2021-06-01&to=2021-06-30',
  `from=2021-01-01&to=2021-12-31&course=${encodeURIComponent(COURSES[0])}`,
] as const;

export interface IndicatorState {
  statementsStored: number;
  statementsProcessed: number;
  facts: Record<string, unknown[]>;
  figures: Record<string, Record<string, unknown>>;
}

/** Freshness, every fact row and the figures of FIGURE_QUERIES, read as of one cut-off. */
export async function readIndicatorState(
  fita: FaultFita,
  baseUrl: string,
  token: string,
  cutoff: Date,
): Promise<IndicatorState> {
  const { status, body } = await getJson<{ statementsStored: number; statementsProcessed: number }>(
    baseUrl,
    '/api/indicators/freshness',
    token,
  );
  if (status !== 200) throw new Error(`freshness: ${status} ${JSON.stringify(body)}`);
  return {
    statementsStored: body.statementsStored,
    statementsProcessed: body.statementsProcessed,
    facts: await readFactTables(fita.databaseUrl),
    figures: await readFigures(baseUrl, token, FIGURE_QUERIES, cutoff),
  };
}

/** Polls freshness until every stored statement is processed. */
export async function waitForFreshness(
  baseUrl: string,
  token: string,
  expectedStored: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const { status, body } = await getJson<{
      statementsStored: number;
      statementsProcessed: number;
    }>(baseUrl, '/api/indicators/freshness', token).catch(() => ({ status: 0, body: undefined }));
    last = body;
    if (
      status === 200 &&
      body &&
      body.statementsStored === expectedStored &&
      body.statementsProcessed === expectedStored
    )
      return;
    await sleep(200);
  }
  throw new Error(
    `figures did not catch up with ${expectedStored} statements within ${timeoutMs} ms: ${JSON.stringify(last)}`,
  );
}

/**
 * The incremental facts against a full rebuild: reads the state, has a
 * worker run `indicators-rebuild`, reads it again at the same cut-off, and
 * returns both for the test to compare.
 */
export async function incrementalAndRebuilt(
  fita: FaultFita,
  baseUrl: string,
  token: string,
): Promise<{ incremental: IndicatorState; rebuilt: IndicatorState }> {
  const cutoff = new Date();
  const incremental = await readIndicatorState(fita, baseUrl, token, cutoff);
  await runRebuild(fita);
  const rebuilt = await readIndicatorState(fita, baseUrl, token, cutoff);
  return { incremental, rebuilt };
}

/** Queues `indicators-rebuild` as an operator would and waits for a worker to complete it. */
export async function runRebuild(fita: FaultFita, timeoutMs = 60_000): Promise<void> {
  await withIndicatorsQueue(fita, async (queue) => {
    const job = await queue.add(
      'indicators-rebuild',
      { requestedBy: 'fault test' },
      JOBS['indicators-rebuild'].options,
    );
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await job.getState();
      if (state === 'completed') return;
      if (state === 'failed' || Date.now() > deadline) {
        const failed = await queue.getJob(job.id as string);
        throw new Error(`rebuild ${state}: ${failed?.failedReason ?? 'timed out'}`);
      }
      await sleep(100);
    }
  });
}

/** The `indicators` queue of the test's Fita, as a client of its Redis. */
export async function withIndicatorsQueue<T>(
  fita: FaultFita,
  work: (queue: Queue) => Promise<T>,
): Promise<T> {
  const connection = new Redis(fita.redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(JOBS['indicators-refresh'].queue, {
    connection,
    prefix: fita.settings.queuePrefix,
  });
  try {
    return await work(queue);
  } finally {
    await queue.close();
    await connection.quit().catch(() => connection.disconnect());
  }
}

export function adminToken(baseUrl: string, fita: FaultFita): Promise<string> {
  return login({ baseUrl, admin: fita.settings.admin });
}
