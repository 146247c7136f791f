import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getJson, postStatements, statement, waitForFreshness } from '../../test/api-client.js';
import { freePort, startFitaProcess, type FitaProcess } from '../../test/fita-process.js';
import { findRepoRoot } from '../config/repo-root.js';

const run = promisify(execFile);

interface Credentials {
  email: string;
  password: string;
  lrs: { key: string; secret: string };
}

/**
 * `npm run fita -- backup` and `restore` as a newcomer runs them on the
 * embedded default (no DATABASE_URL): a backup of a running Fita, restored
 * into a second data directory, gives a Fita with the same statements,
 * figures and accounts; a restore under a running Fita is refused.
 */
describe('fita backup and restore on the embedded default (command line)', () => {
  const repoRoot = findRepoRoot();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-backup-cli-'));
  const first = path.join(folder, 'first');
  const second = path.join(folder, 'second');
  const file = path.join(folder, 'backups', 'first.fita-backup');
  let running: FitaProcess | undefined;
  let credentials: Credentials;
  let cutoff: string;
  let before: { figures: unknown; statements: number };

  beforeAll(async () => {
    for (const dir of [folder, first, second]) {
      fs.mkdirSync(dir, { recursive: true });
      fs.chmodSync(dir, 0o755); // postgres runs as nobody when the tests run as root
    }
    running = await startFitaProcess({ repoRoot, dataDir: first, port: await freePort() });
    credentials = parseCredentials(running.output());
    const app = { baseUrl: running.baseUrl, lrs: credentials.lrs };
    const stored = await postStatements(app as never, [
      statement({ actor: { mbox: 'mailto:ona@example.org' }, timestamp: '2020-02-01T10:00:00Z' }),
      statement({ actor: { mbox: 'mailto:pau@example.org' }, timestamp: '2020-05-01T10:00:00Z' }),
      statement({ actor: { mbox: 'mailto:pau@example.org' }, timestamp: '2020-06-01T10:00:00Z' }),
    ]);
    expect(stored.status).toBe(200);
    const token = await login(running.baseUrl, credentials);
    await waitForFreshness(running.baseUrl, token, 60_000);
    cutoff = new Date().toISOString();
    before = await observe(running.baseUrl, credentials, cutoff);
  }, 120_000);

  afterAll(async () => {
    await running?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('backs up a running Fita (online) and restores the file into a second data directory', async () => {
    const backup = await fita(first, 'backup', '--output', file);
    expect(backup.stderr).toContain('online: Fita may keep working');
    expect(backup.stdout).toMatch(
      new RegExp(`Backup written to ${file}\\n {2}tables {6}\\d+, [\\d,]+ rows`),
    );
    expect(backup.stdout).toMatch(/SHA-256 [0-9a-f]{64}/);
    expect(backup.code).toBe(0);
    expect(await running?.stop()).toBe(0);
    running = undefined;

    const restore = await fita(second, 'restore', file);
    expect(restore.stdout).toContain(`Restored ${file} into the embedded database under ${second}`);
    expect(restore.stdout).toContain('replaced    nothing (the database was empty)');
    expect(restore.code).toBe(0);

    running = await startFitaProcess({ repoRoot, dataDir: second, port: await freePort() });
    // The accounts came with the data: no first start, the same login and LRS key.
    expect(running.output()).not.toContain('first start');
    expect(await observe(running.baseUrl, credentials, cutoff)).toEqual(before);
  }, 120_000);

  it('refuses to restore under a running Fita, and says to stop it', async () => {
    expect(running).toBeDefined();
    const refused = await fita(second, 'restore', file, '--force');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Fita is running on ${second}: stop it`);
  }, 60_000);

  async function fita(
    dataDir: string,
    ...args: string[]
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, FITA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env['DATABASE_URL'];
    delete env['REDIS_URL'];
    return run(process.execPath, [path.join(repoRoot, 'apps/api/dist/cli.js'), ...args], {
      env,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }
});

/** The figures of 2020 at a fixed cut-off, and the statements the LRS serves. */
async function observe(
  baseUrl: string,
  credentials: Credentials,
  cutoff: string,
): Promise<{ figures: unknown; statements: number }> {
  const token = await login(baseUrl, credentials);
  const figures = await getJson(
    baseUrl,
    `/api/indicators?from=2020-01-01&to=2020-12-31&cutoff=${cutoff}`,
    token,
  );
  expect(figures.status).toBe(200);
  const basic = Buffer.from(`${credentials.lrs.key}:${credentials.lrs.secret}`).toString('base64');
  const response = await fetch(`${baseUrl}/xapi/statements?limit=100`, {
    headers: { Authorization: `Basic ${basic}`, 'X-Experience-API-Version': '1.0.3' },
  });
  expect(response.status).toBe(200);
  const { statements } = (await response.json()) as { statements: unknown[] };
  return { figures: figures.body, statements: statements.length };
}

async function login(baseUrl: string, credentials: Credentials): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

function parseCredentials(output: string): Credentials {
  const field = (label: string) => {
    const match = new RegExp(`${label}\\s+(\\S+)`).exec(output);
    if (!match?.[1]) throw new Error(`"${label}" not printed at first start:\n${output}`);
    return match[1];
  };
  return {
    email: field('Dashboard login'),
    password: field('Password'),
    lrs: { key: field('LRS key'), secret: field('LRS secret') },
  };
}
