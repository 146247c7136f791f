import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findRepoRoot } from '../src/config/repo-root.js';
import { getJson, postStatements, statement, waitForFreshness } from './api-client.js';
import { freePort, startFitaProcess } from './fita-process.js';

/**
 * Boots the embedded default exactly as `npm start` does (the compiled
 * start.js, no DATABASE_URL, no REDIS_URL, as whatever user runs the tests:
 * root in CI) and drives the spine through HTTP.
 */
describe('npm start: the embedded default', () => {
  const repoRoot = findRepoRoot();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-embedded-'));
  let port: number;
  let fita: RunningFita;

  beforeAll(async () => {
    fs.chmodSync(dataDir, 0o755);
    port = await freePort();
    fita = await startFita(repoRoot, dataDir, port);
  }, 120_000);

  afterAll(async () => {
    await fita?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the first admin and LRS credential and serves /xapi/about and /health', async () => {
    expect(fita.credentials.email).toBe('admin@fita.local');
    expect((await fetch(`${fita.baseUrl}/xapi/about`)).status).toBe(200);
    expect(await (await fetch(`${fita.baseUrl}/health`)).json()).toEqual({
      status: 'ok',
      database: 'up',
      queue: 'up',
    });
  });

  it('counts two actors of 2020 as users: 2 once freshness has caught up', async () => {
    const app = { baseUrl: fita.baseUrl, lrs: fita.credentials.lrs };
    const response = await postStatements(app as never, [
      statement({ actor: { mbox: 'mailto:first@example.org' }, timestamp: '2020-03-01T10:00:00Z' }),
      statement({
        actor: { mbox: 'mailto:second@example.org' },
        timestamp: '2020-09-01T10:00:00Z',
      }),
    ]);
    expect(response.status).toBe(200);

    const token = await fita.login();
    await waitForFreshness(fita.baseUrl, token, 60_000);
    const { body } = await getJson<{ users: number }>(
      fita.baseUrl,
      '/api/indicators?from=2020-01-01&to=2020-12-31',
      token,
    );
    expect(body.users).toBe(2);
  });

  it('stops cleanly on SIGTERM, leaving no Postgres behind, and a restart keeps the data', async () => {
    const credentials = fita.credentials;
    expect(await fita.stop()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    fita = await startFita(repoRoot, dataDir, port, credentials);
    expect(fita.printedCredentials).toBe(false);
    const token = await fita.login();
    const { body } = await getJson<{ users: number }>(
      fita.baseUrl,
      '/api/indicators?from=2020-01-01&to=2020-12-31',
      token,
    );
    expect(body.users).toBe(2);
  }, 120_000);
});

interface Credentials {
  email: string;
  password: string;
  lrs: { key: string; secret: string };
}

interface RunningFita {
  baseUrl: string;
  credentials: Credentials;
  printedCredentials: boolean;
  login(): Promise<string>;
  stop(): Promise<number | null>;
}

async function startFita(
  repoRoot: string,
  dataDir: string,
  port: number,
  known?: Credentials,
): Promise<RunningFita> {
  const fita = await startFitaProcess({ repoRoot, dataDir, port });
  const printed = fita.output().includes('first start');
  const credentials = printed ? parseCredentials(fita.output()) : (known as Credentials);
  return {
    baseUrl: fita.baseUrl,
    credentials,
    printedCredentials: printed,
    login: async () => {
      const response = await fetch(`${fita.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: credentials.email, password: credentials.password }),
      });
      return ((await response.json()) as { token: string }).token;
    },
    stop: () => fita.stop(),
  };
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
