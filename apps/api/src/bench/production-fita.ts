import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
import { findFreePort } from '../database/embedded-postgres/free-port.finder.js';
import { migrateDatabase } from '../database/migrations-runner.js';
import { createDatabase, dropDatabase } from '../database/scratch-database.js';
import { BENCH_ADMIN, BENCH_LRS, type BenchServer } from './bench-environment.js';

/** Fita as production runs it: the API and one worker as their own processes. */
export interface ProductionFita {
  baseUrl: string;
  databaseUrl: string;
  api: ChildProcess;
  worker: ChildProcess;
  stop(): Promise<void>;
}

/** Fita's compiled processes on a database the caller owns. */
export interface FitaProcesses {
  baseUrl: string;
  /** The BullMQ prefix (Redis) or schema prefix (queue on Postgres) the processes use. */
  queuePrefix: string;
  /** By role: `API` and `worker` in production mode, `Fita` for the all-in-one process. */
  processes: Map<string, ChildProcess>;
  stop(): Promise<void>;
}

/**
 * Starts the compiled API and worker on a fresh, migrated database of the
 * bench's Postgres and on REDIS_URL; production mode is required.
 */
export async function startProductionFita(
  server: BenchServer,
  scenario: string,
): Promise<ProductionFita> {
  if (!process.env['DATABASE_URL'] || !process.env['REDIS_URL']) {
    throw new Error(`bench ${scenario} runs in production mode: set DATABASE_URL and REDIS_URL`);
  }
  const name = `fita_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await createDatabase(server.serverUrl, name);
  let fita: FitaProcesses | undefined;
  const stop = async () => {
    await fita?.stop();
    await dropDatabase(server.serverUrl, name);
  };
  try {
    await migrateDatabase(databaseUrl);
    fita = await startFitaProcesses(databaseUrl);
    const { baseUrl, processes } = fita;
    return {
      baseUrl,
      databaseUrl,
      api: processes.get('API') as ChildProcess,
      worker: processes.get('worker') as ChildProcess,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Fita on an existing, migrated database, as it would run there: with
 * REDIS_URL the API (`main.js`) and one worker (`worker.js`), else the
 * embedded default's single process (`start.js`, queue on Postgres).
 */
export async function startFitaProcesses(databaseUrl: string): Promise<FitaProcesses> {
  const redisUrl = process.env['REDIS_URL'];
  const port = await findFreePort();
  const queuePrefix = `bench${randomBytes(3).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-bench-data-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    FITA_DATA_DIR: dataDir,
    FITA_QUEUE_PREFIX: queuePrefix,
    FITA_ADMIN_EMAIL: BENCH_ADMIN.email,
    FITA_ADMIN_PASSWORD: BENCH_ADMIN.password,
    FITA_LRS_KEY: BENCH_LRS.key,
    FITA_LRS_SECRET: BENCH_LRS.secret,
  };
  const dist = path.join(findRepoRoot(), 'apps/api/dist');
  // The IPC channel lets the soak ask each process for its memory (answerMemoryQuestions).
  const start = (entry: string) =>
    spawn(process.execPath, [path.join(dist, entry)], {
      env,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
  const processes = new Map<string, ChildProcess>();
  if (redisUrl) {
    processes.set('API', start('main.js'));
    processes.set('worker', start('worker.js'));
  } else {
    processes.set('Fita', start('start.js'));
  }
  const stop = async () => {
    for (const child of processes.values()) child.kill('SIGTERM');
    await Promise.all(
      [...processes.values()].map(
        (child) =>
          new Promise((resolve) =>
            child.exitCode === null ? child.on('exit', resolve) : resolve(null),
          ),
      ),
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, queuePrefix, processes, stop };
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const status = await fetch(`${baseUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the API did not become healthy within 60 s');
}
