import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface FitaProcess {
  baseUrl: string;
  admin: { email: string; password: string };
  lrs: { key: string; secret: string };
  stop(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Starts Fita as `npm start` does (compiled start.js, embedded Postgres, queue
 * on Postgres) in a fresh data folder with known first credentials.
 */
export async function startFita(): Promise<FitaProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const admin = { email: 'e2e-admin@fita.local', password: 'e2e-admin-password' };
  const lrs = { key: 'e2e-lrs-key', secret: 'e2e-lrs-secret-0123456789' };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FITA_DATA_DIR: dataDir,
    PORT: String(port),
    FITA_ADMIN_EMAIL: admin.email,
    FITA_ADMIN_PASSWORD: admin.password,
    FITA_LRS_KEY: lrs.key,
    FITA_LRS_SECRET: lrs.secret,
  };
  delete env['DATABASE_URL'];
  delete env['REDIS_URL'];
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/api/dist/start.js')], {
    cwd: REPO_ROOT,
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const deadline = Date.now() + 90_000;
  while (!output.includes('Fita is running at')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Fita did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    admin,
    lrs,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postStatements(fita: FitaProcess, statements: unknown[]): Promise<void> {
  const response = await fetch(`${fita.baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${fita.lrs.key}:${fita.lrs.secret}`).toString('base64')}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(statements),
  });
  if (response.status !== 200)
    throw new Error(`statements refused: ${response.status} ${await response.text()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
