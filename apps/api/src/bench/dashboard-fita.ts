import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
import { findFreePort } from '../database/embedded-postgres/free-port.finder.js';
import { BENCH_ADMIN } from './bench-environment.js';

/** The demo's first load takes about 40 s on two cores; a busy machine gets room. */
const DEMO_TIMEOUT_MS = 600_000;

export interface DemoFita {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Fita as a newcomer's `npm start` runs it (embedded Postgres, queue on
 * Postgres, the demo loaded on the first start), in a fresh data folder,
 * resolved once the demo's figures are ready.
 */
export async function startDemoFita(): Promise<DemoFita> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-bench-demo-'));
  fs.chmodSync(dataDir, 0o755); // postgres runs as nobody when the bench runs as root
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FITA_DATA_DIR: dataDir,
    PORT: String(port),
    NODE_ENV: 'development',
    LOG_LEVEL: 'log',
    FITA_DEMO: 'true',
    FITA_ADMIN_EMAIL: BENCH_ADMIN.email,
    FITA_ADMIN_PASSWORD: BENCH_ADMIN.password,
  };
  delete env['DATABASE_URL'];
  delete env['REDIS_URL'];
  const child = spawn(process.execPath, [path.join(findRepoRoot(), 'apps/api/dist/start.js')], {
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + DEMO_TIMEOUT_MS;
  while (!output.includes('figures ready')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the demo Fita did not get its figures ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}
