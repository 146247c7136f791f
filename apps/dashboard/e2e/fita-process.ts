import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startFitaProcess } from '../../api/test/fita-process';

/** The demo's first load takes about 40 s on two cores; slower CI machines get room. */
const DEMO_LOAD_TIMEOUT_MS = 300_000;

export interface RunningFita {
  baseUrl: string;
  admin: { email: string; password: string };
  lrs: { key: string; secret: string };
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Load the Cibernàrium demo on the first start, as a newcomer's `npm start` does, and wait for its figures. */
  demo?: boolean;
}

/** Fita as `npm start` runs it, in a fresh data folder, with known first credentials. */
export async function startFita(options: StartOptions = {}): Promise<RunningFita> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-e2e-'));
  fs.chmodSync(dataDir, 0o755); // postgres runs as nobody when the tests run as root
  const admin = { email: 'e2e-admin@fita.local', password: 'e2e-admin-password' };
  const lrs = { key: 'e2e-lrs-key', secret: 'e2e-lrs-secret-0123456789' };
  const fita = await startFitaProcess({
    repoRoot: path.resolve(__dirname, '../../..'),
    dataDir,
    port: await freePort(),
    env: {
      FITA_ADMIN_EMAIL: admin.email,
      FITA_ADMIN_PASSWORD: admin.password,
      FITA_LRS_KEY: lrs.key,
      FITA_LRS_SECRET: lrs.secret,
      FITA_DEMO: options.demo ? 'true' : 'false',
    },
  });
  if (options.demo) await fita.waitForOutput('figures ready', DEMO_LOAD_TIMEOUT_MS);
  return {
    baseUrl: fita.baseUrl,
    admin,
    lrs,
    stop: async () => {
      await fita.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postStatements(fita: RunningFita, statements: unknown[]): Promise<void> {
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
