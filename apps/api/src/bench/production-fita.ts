import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
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

/**
 * Starts the compiled API and worker on a fresh, migrated database of the
 * bench's Postgres and on REDIS_URL; production mode is required.
 */
export async function startProductionFita(
  server: BenchServer,
  scenario: string,
): Promise<ProductionFita> {
  const redisUrl = process.env['REDIS_URL'];
  if (!process.env['DATABASE_URL'] || !redisUrl) {
    throw new Error(`bench ${scenario} runs in production mode: set DATABASE_URL and REDIS_URL`);
  }
  const name = `fita_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await createDatabase(server.serverUrl, name);
  const processes: ChildProcess[] = [];
  const stop = async () => {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(
      processes.map(
        (child) =>
          new Promise((resolve) =>
            child.exitCode === null ? child.on('exit', resolve) : resolve(null),
          ),
      ),
    );
    await dropDatabase(server.serverUrl, name);
  };
  try {
    await migrateDatabase(databaseUrl);
    const port = 3900 + Math.floor(Math.random() * 90);
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      FITA_QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
      FITA_ADMIN_EMAIL: BENCH_ADMIN.email,
      FITA_ADMIN_PASSWORD: BENCH_ADMIN.password,
      FITA_LRS_KEY: BENCH_LRS.key,
      FITA_LRS_SECRET: BENCH_LRS.secret,
    };
    const dist = path.join(findRepoRoot(), 'apps/api/dist');
    const start = (entry: string) =>
      spawn(process.execPath, [path.join(dist, entry)], { env, stdio: 'inherit' });
    const api = start('main.js');
    const worker = start('worker.js');
    processes.push(api, worker);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(baseUrl);
    return { baseUrl, databaseUrl, api, worker, stop };
  } catch (error) {
    await stop();
    throw error;
  }
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
