import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedPostgres } from './embedded-postgres.launcher.js';
import type {
  EmbeddedPostgresLogLevel,
  RunningEmbeddedPostgres,
} from './embedded-postgres.types.js';
import { findFreePort } from './free-port.finder.js';
import { isProcessAlive } from './process-info.reader.js';
import { withPgClient, type PgClient } from './pg-client.js';
import { resolvePostgresBinaries } from './postgres-binaries.resolver.js';
import { resolveServerUser } from './server-user.resolver.js';

const TIMEOUT = 60_000;
const isRoot = process.getuid?.() === 0;

const tempDirs: string[] = [];
const running: RunningEmbeddedPostgres[] = [];
const helpers: ChildProcess[] = [];

/** Traversable by everyone: as root the server runs as "nobody" and must reach it. */
async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fita-epg-'));
  await chmod(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

function recorder() {
  const messages: Array<{ level: EmbeddedPostgresLogLevel; message: string }> = [];
  const log = (level: EmbeddedPostgresLogLevel, message: string) =>
    messages.push({ level, message });
  const text = () => messages.map((m) => `${m.level}: ${m.message}`).join('\n');
  return { log, text };
}

async function start(
  dataDir: string,
  log?: (level: EmbeddedPostgresLogLevel, message: string) => void,
) {
  const server = await startEmbeddedPostgres({ dataDir, log });
  running.push(server);
  return server;
}

function query<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const parsed = new URL(url);
  return withPgClient(
    {
      host: parsed.hostname,
      port: Number(parsed.port),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      database: decodeURIComponent(parsed.pathname.slice(1)),
    },
    work,
  );
}

async function show(url: string, setting: string): Promise<string> {
  return query(url, async (client) => {
    const { rows } = await client.query<Record<string, string>>(`SHOW ${setting}`);
    return rows[0][setting];
  });
}

async function postmasterPid(dataDir: string): Promise<number> {
  const content = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  return Number.parseInt(content.split('\n')[0], 10);
}

async function deadPid(): Promise<number> {
  const pid = spawnSync('true').pid;
  expect(await isProcessAlive(pid)).toBe(false);
  return pid;
}

async function writeStaleLock(dataDir: string, pid: number): Promise<void> {
  const clusterDir = path.join(dataDir, 'postgres');
  const lock = [
    pid,
    clusterDir,
    Math.floor(Date.now() / 1000),
    5432,
    '',
    '127.0.0.1',
    '  1234  5678',
    'ready   ',
    '',
  ];
  await writeFile(path.join(clusterDir, 'postmaster.pid'), lock.join('\n'), { mode: 0o600 });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
  for (const helper of helpers.splice(0)) helper.kill('SIGKILL');
});

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('startEmbeddedPostgres', () => {
  // One cluster, created once, shared by the tests about later starts.
  let sharedDir: string;

  beforeAll(async () => {
    sharedDir = await makeTempDir();
    const server = await startEmbeddedPostgres({ dataDir: sharedDir });
    await query(server.url, (client) =>
      client.query("CREATE TABLE survivor (name text); INSERT INTO survivor VALUES ('still here')"),
    );
    await server.stop();
  }, TIMEOUT);

  it(
    'creates a UTF8 cluster that listens on 127.0.0.1 only, on first start',
    async () => {
      const dataDir = await makeTempDir();
      const { log, text } = recorder();

      const server = await start(dataDir, log);

      expect(server.url).toBe(
        `postgres://fita:${encodeURIComponent(await readFile(path.join(dataDir, 'postgres.password'), 'utf8').then((p) => p.trim()))}@127.0.0.1:${server.port}/fita`,
      );
      expect(await show(server.url, 'server_encoding')).toBe('UTF8');
      expect(await show(server.url, 'lc_collate')).toBe('C.UTF-8');
      expect(await show(server.url, 'listen_addresses')).toBe('127.0.0.1');
      expect(await show(server.url, 'unix_socket_directories')).toBe('');
      expect(await show(server.url, 'password_encryption')).toBe('scram-sha-256');
      expect(
        await query(
          server.url,
          async (c) => (await c.query('SELECT current_user AS u')).rows[0]['u'],
        ),
      ).toBe('fita');
      expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
      expect((await stat(path.join(dataDir, 'postgres.password'))).mode & 0o777).toBe(0o600);
      expect(await readFile(path.join(dataDir, 'postgres.log'), 'utf8')).toContain(
        'database system is ready',
      );
      expect(text()).toContain('Created the embedded Postgres cluster');
      expect(text()).toContain('Created database "fita"');
      if (isRoot) {
        const user = await resolveServerUser();
        expect((await stat(path.join(dataDir, 'postgres'))).uid).toBe(user.uid);
      }
    },
    TIMEOUT,
  );

  it(
    'rejects a wrong password (scram-sha-256 over TCP, no trust)',
    async () => {
      const server = await start(sharedDir);
      const wrong = new URL(server.url);
      wrong.password = 'not-the-password';
      await expect(query(wrong.toString(), (c) => c.query('SELECT 1'))).rejects.toThrow(
        /password authentication failed/,
      );
    },
    TIMEOUT,
  );

  it(
    'reuses the cluster, its data and password on a later start; stop() twice is fine',
    async () => {
      const passwordBefore = await readFile(path.join(sharedDir, 'postgres.password'), 'utf8');
      const { log, text } = recorder();

      const server = await start(sharedDir, log);

      const { rows } = await query(server.url, (c) =>
        c.query<{ name: string }>('SELECT name FROM survivor'),
      );
      expect(rows).toEqual([{ name: 'still here' }]);
      expect(await readFile(path.join(sharedDir, 'postgres.password'), 'utf8')).toBe(
        passwordBefore,
      );
      expect(text()).not.toContain('Created the embedded Postgres cluster');

      const pid = await postmasterPid(sharedDir);
      await Promise.all([server.stop(), server.stop()]);
      await server.stop();
      expect(await isProcessAlive(pid)).toBe(false);
      expect(existsSync(path.join(sharedDir, 'postgres', 'postmaster.pid'))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'recovers from a stale postmaster.pid whose PID is dead',
    async () => {
      await writeStaleLock(sharedDir, await deadPid());
      const { log, text } = recorder();

      const server = await start(sharedDir, log);

      expect(await show(server.url, 'server_encoding')).toBe('UTF8');
      expect(text()).toMatch(/Removing stale .*postmaster\.pid: PID \d+ is not running/);
    },
    TIMEOUT,
  );

  it(
    'recovers from a stale postmaster.pid whose PID now belongs to an unrelated process, and leaves that process alone',
    async () => {
      // A process that even calls itself "postgres", but serves no cluster here.
      const binDir = await makeTempDir();
      const fakePostgres = path.join(binDir, 'postgres');
      await copyFile('/bin/sleep', fakePostgres);
      await chmod(fakePostgres, 0o755);
      const impostor = spawn(fakePostgres, ['60'], { cwd: binDir, stdio: 'ignore' });
      helpers.push(impostor);
      await writeStaleLock(sharedDir, impostor.pid!);
      const { log, text } = recorder();

      const server = await start(sharedDir, log);

      expect(await show(server.url, 'server_encoding')).toBe('UTF8');
      expect(text()).toContain(
        `PID ${impostor.pid} now belongs to an unrelated process (postgres)`,
      );
      expect(await isProcessAlive(impostor.pid!)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'takes over a server left running by a forgotten handle',
    async () => {
      const forgotten = await startEmbeddedPostgres({ dataDir: sharedDir });
      const leftoverPid = await postmasterPid(sharedDir);
      const { log, text } = recorder();

      const server = await start(sharedDir, log);

      expect(await isProcessAlive(leftoverPid)).toBe(false);
      expect(await postmasterPid(sharedDir)).not.toBe(leftoverPid);
      const { rows } = await query(server.url, (c) =>
        c.query<{ name: string }>('SELECT name FROM survivor'),
      );
      expect(rows).toEqual([{ name: 'still here' }]);
      expect(text()).toContain(`Postgres (PID ${leftoverPid}) left by an earlier run still serves`);
      await forgotten.stop();
    },
    TIMEOUT,
  );

  it(
    'refuses a server owned by another live Node process, and takes it over once that process has died',
    async () => {
      const { postgres } = await resolvePostgresBinaries();
      const user = await resolveServerUser();
      const clusterDir = path.join(sharedDir, 'postgres');
      // Another Fita process, reduced to what matters: a Node parent of the postmaster.
      const script = `
        const { spawn } = require('node:child_process');
        const [postgres, clusterDir, port, mode] = process.argv.slice(1);
        spawn(postgres, ['-D', clusterDir, '-p', port, '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
          { stdio: 'ignore', cwd: clusterDir, ...(mode === 'switch' ? { uid: ${user.uid}, gid: ${user.gid} } : {}) });
        setInterval(() => {}, 1000);`;
      const owner = spawn(
        process.execPath,
        [
          '-e',
          script,
          postgres,
          clusterDir,
          String(await findFreePort()),
          user.isCurrent ? 'keep' : 'switch',
        ],
        { stdio: 'ignore' },
      );
      helpers.push(owner);
      await waitFor(async () =>
        (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).includes(
          'ready',
        ),
      );
      const orphanPid = await postmasterPid(sharedDir);

      await expect(startEmbeddedPostgres({ dataDir: sharedDir })).rejects.toMatchObject({
        code: 'already-running',
        message: expect.stringContaining(`started by the live process ${owner.pid}`),
      });
      expect(await isProcessAlive(orphanPid)).toBe(true);

      owner.kill('SIGKILL');
      await waitFor(async () => !(await isProcessAlive(owner.pid!)));
      const server = await start(sharedDir);

      expect(await isProcessAlive(orphanPid)).toBe(false);
      expect(await show(server.url, 'server_encoding')).toBe('UTF8');
    },
    TIMEOUT,
  );

  it(
    'names the directory the server user cannot traverse (as root, where the server runs as nobody)',
    async () => {
      const parent = await makeTempDir();
      await chmod(parent, 0o700);
      const dataDir = path.join(parent, 'data');
      await mkdir(dataDir);

      if (isRoot) {
        await expect(startEmbeddedPostgres({ dataDir })).rejects.toMatchObject({
          code: 'not-accessible',
          message: expect.stringMatching(new RegExp(`cannot enter ${parent} .*FITA_DATA_DIR`)),
        });
      } else {
        // Not root: the server runs as this user, who owns the 0700 folder.
        const server = await startEmbeddedPostgres({ dataDir });
        await server.stop();
      }
    },
    TIMEOUT,
  );
});
