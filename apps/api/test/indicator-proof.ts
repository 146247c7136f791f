// Shared by the proof tests of the indicator engine (issue 5): the production
// processes run from outside, and the state the engine exposes, read so that two
// moments can be compared whole.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { findRepoRoot } from '../src/config/repo-root.js';
import { getJson } from './api-client.js';
import { freePort } from './fita-process.js';

export interface ProcessSettings {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  admin: { email: string; password: string };
  lrs: { key: string; secret: string };
  /** More variables, e.g. TZ to run the process in another local time zone. */
  env?: Record<string, string>;
}

export interface FitaProcess {
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM, then the exit code (SIGKILL if it has not exited after 20 s). */
  stop(): Promise<number | null>;
}

/** `npm run start:prod`: the compiled main.js, HTTP only, no worker. */
export async function startApiProcess(
  settings: ProcessSettings,
): Promise<FitaProcess & { baseUrl: string }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = await startProcess('main.js', { ...settings, port }, async () => {
    const health = await fetch(`${baseUrl}/health`).catch(() => undefined);
    return health?.status === 200;
  });
  return { ...started, baseUrl };
}

/** `npm run worker`: the compiled worker.js, BullMQ workers and schedulers, no HTTP. */
export function startWorkerProcess(settings: ProcessSettings): Promise<FitaProcess> {
  return startProcess('worker.js', settings, (output) =>
    Promise.resolve(output.includes('workers running on')),
  );
}

async function startProcess(
  entry: 'main.js' | 'worker.js',
  settings: ProcessSettings & { port?: number },
  ready: (output: string) => Promise<boolean>,
): Promise<FitaProcess> {
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
      ...(settings.port === undefined ? {} : { PORT: String(settings.port) }),
      ...settings.env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };

  const deadline = Date.now() + 60_000;
  while (!(await ready(output))) {
    if (child.exitCode !== null)
      throw new Error(`${entry} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${entry} not ready after 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { output: () => output, stop };
}

/** The tables the refresh and the rebuild write: the whole state behind the figures. */
export const FACT_TABLES = ['actor_activity_days', 'actor_course_firsts'] as const;

/**
 * Every row of every fact table, ordered by all its columns (read from the
 * catalogue, so a column added later is compared too).
 */
export async function readFactTables(databaseUrl: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of FACT_TABLES) {
      const columns = await client.query<{ name: string }>(
        `SELECT quote_ident(column_name) AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      if (columns.rows.length === 0) throw new Error(`no fact table ${table}`);
      const order = columns.rows.map((column) => column.name).join(', ');
      tables[table] = (await client.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows;
    }
    return tables;
  } finally {
    await client.end();
  }
}

/**
 * GET /api/indicators for each query (`from=...&to=...` and any filters), keyed
 * by the query, without `provenance.cutoff`. With a `cutoff`, every query asks
 * for it: figures read at two moments then come from the facts each time,
 * since the API caches an answer for as long as the facts' watermark is
 * unchanged, and a rebuild ends on the same watermark it started from.
 */
export async function readFigures(
  baseUrl: string,
  token: string,
  queries: readonly string[],
  cutoff?: Date,
): Promise<Record<string, Record<string, unknown>>> {
  const figures: Record<string, Record<string, unknown>> = {};
  const asOf = cutoff ? `&cutoff=${encodeURIComponent(cutoff.toISOString())}` : '';
  for (const query of queries) {
    const { status, body } = await getJson<{ provenance?: Record<string, unknown> }>(
      baseUrl,
      `/api/indicators?${query}${asOf}`,
      token,
    );
    if (status !== 200)
      throw new Error(`GET /api/indicators?${query}${asOf}: ${status} ${JSON.stringify(body)}`);
    const { cutoff: _instant, ...provenance } = body.provenance ?? {};
    figures[query] = { ...body, provenance };
  }
  return figures;
}

/** A registry or catalogue import (multipart field `file`); throws unless it applied. */
export async function importCsv(
  baseUrl: string,
  token: string,
  route: '/api/learners/import' | '/api/courses/import',
  csv: string,
): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'file.csv');
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 200)
    throw new Error(`${route}: ${response.status} ${await response.text()}`);
}

export const REGISTRY_HEADER =
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district';
export const CATALOGUE_HEADER = 'activity_id,title,format,mode,programme,tags';
