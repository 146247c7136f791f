import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from '../../src/database/embedded-postgres/free-port.finder.js';
import { resolvePostgresBinaries } from '../../src/database/embedded-postgres/postgres-binaries.resolver.js';
import { resolveServerUser } from '../../src/database/embedded-postgres/server-user.resolver.js';
import { serverEnvironment } from '../../src/database/embedded-postgres/server-environment.factory.js';
import { killOnExit } from './fault-cleanup.js';

/**
 * How a fault test stops its Postgres: `fast` (SIGINT: sessions are cut, a
 * clean shutdown), `immediate` (SIGQUIT: no checkpoint, WAL recovery on the
 * next start) or `crash` (SIGKILL to the postmaster and every backend at once,
 * as a power cut or an OOM kill of the whole server would).
 */
export type PostgresStop = 'fast' | 'immediate' | 'crash';

/**
 * A Postgres server of the test's own: the binaries the embedded default uses
 * (the embedded-postgres package), a cluster in a temp dir, trust auth on
 * 127.0.0.1 and a free port. It can be stopped in any of the ways above and
 * started again on the same port and data dir, disturbing nothing else.
 */
export interface FaultPostgres {
  port: number;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  serverUrl: string;
  /** The server log so far (every start appends to it). */
  log(): string;
  isRunning(): boolean;
  stop(how: PostgresStop): Promise<void>;
  /** Starts it again on the same port and data dir; resolves once it answers queries. */
  start(): Promise<void>;
  /** Stops it (crash) and removes its data dir. Safe to call more than once. */
  destroy(): Promise<void>;
}

const READY_MS = 30_000;
const STOP_MS = 30_000;
const SIGNALS: Record<PostgresStop, NodeJS.Signals> = {
  fast: 'SIGINT',
  immediate: 'SIGQUIT',
  crash: 'SIGKILL',
};

export async function startFaultPostgres(): Promise<FaultPostgres> {
  const { postgres, initdb } = await resolvePostgresBinaries();
  // initdb and postgres refuse to run as root: as the embedded default does,
  // a root test process hands them to an unprivileged account.
  const user = await resolveServerUser();
  const asUser = user.isCurrent ? {} : { uid: user.uid, gid: user.gid };
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-fault-pg-'));
  fs.chmodSync(root, 0o755);
  const clusterDir = path.join(root, 'cluster');
  fs.mkdirSync(clusterDir, { mode: 0o700 });
  if (!user.isCurrent) fs.chownSync(clusterDir, user.uid, user.gid);
  const logPath = path.join(root, 'postgres.log');

  let server: ChildProcess | undefined;
  let destroyed = false;
  try {
    await run(
      initdb,
      [
        '--pgdata',
        clusterDir,
        '--username',
        'postgres',
        '--auth',
        'trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-instructions',
        // initdb's files skip fsync (faster). The server runs with its
        // defaults: it writes the WAL of every commit before answering, which
        // a crash of the server process (not of the machine) cannot undo.
        '--no-sync',
      ],
      asUser,
    );
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }

  const port = await findFreePort();
  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;

  const start = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      throw new Error('the fault Postgres is already running');
    }
    const logFd = fs.openSync(logPath, 'a');
    // Its own process group, so that a crash takes the backends down with the postmaster.
    const child = spawn(
      postgres,
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      {
        cwd: clusterDir,
        env: serverEnvironment(),
        stdio: ['ignore', logFd, logFd],
        detached: true,
        ...asUser,
      },
    );
    fs.closeSync(logFd);
    server = child;
    killOnExit(child);
    await waitUntilReady(serverUrl, child, () => readLog(logPath));
  };

  const stop = async (how: PostgresStop) => {
    const running = server;
    if (!running?.pid || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    if (how === 'crash') process.kill(-running.pid, 'SIGKILL');
    else running.kill(SIGNALS[how]);
    const timer = setTimeout(() => {
      try {
        process.kill(-(running.pid as number), 'SIGKILL');
      } catch {
        // gone already
      }
    }, STOP_MS);
    await exited;
    clearTimeout(timer);
    if (how === 'crash') await waitForGroupGone(running.pid);
  };

  try {
    await start();
  } catch (error) {
    await stop('crash').catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }

  return {
    port,
    serverUrl,
    log: () => readLog(logPath),
    isRunning: () => !!server && server.exitCode === null && server.signalCode === null,
    stop,
    start,
    destroy: async () => {
      if (destroyed) return;
      destroyed = true;
      await stop('crash');
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

function readLog(logPath: string): string {
  try {
    return fs.readFileSync(logPath, 'utf8');
  } catch {
    return '';
  }
}

function run(
  binary: string,
  args: string[],
  asUser: { uid?: number; gid?: number },
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let output = '';
    const child = spawn(binary, args, { env: serverEnvironment(), cwd: os.tmpdir(), ...asUser });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(binary)} ended with ${signal ?? code}:\n${output}`));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_MS;
  let last: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`postgres exited (${child.signalCode ?? child.exitCode}):\n${log()}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      last = error;
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `postgres did not answer within ${READY_MS / 1000} s (${String(last)}):\n${log()}`,
  );
}

/** After a SIGKILL of the group, backends that were mid-exit may linger a moment. */
async function waitForGroupGone(pgid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`processes of the killed Postgres group ${pgid} are still running`);
}
