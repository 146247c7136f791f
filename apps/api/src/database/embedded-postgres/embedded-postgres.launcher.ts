import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { inspectClusterDirectory } from './cluster-directory.inspector.js';
import { ensureClusterOwnedBy } from './cluster-ownership.fixer.js';
import { initCluster, removeAbandonedInitDirs, SUPERUSER } from './cluster.initializer.js';
import { ensureDatabase } from './database.creator.js';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import type {
  EmbeddedPostgresLog,
  EmbeddedPostgresOptions,
  RunningEmbeddedPostgres,
} from './embedded-postgres.types.js';
import { passwordFilePath, readOrCreatePassword, readPassword } from './password-file.store.js';
import { assertReachableBy, assertRunnableBy } from './path-access.checker.js';
import { resolvePostgresBinaries, type PostgresBinaries } from './postgres-binaries.resolver.js';
import type { PostgresProcess } from './postgres-server.launcher.js';
import { startServerOnFreePort } from './postgres-server.starter.js';
import { shutdownPostgres } from './postgres-shutdown.helper.js';
import { resolveServerUser, type ServerUser } from './server-user.resolver.js';
import { recoverStaleLock } from './stale-lock.recovery.js';

const silent: EmbeddedPostgresLog = () => undefined;

/** Servers whose stop was requested, so their exit is not reported as a crash. */
const stopping = new WeakSet<PostgresProcess>();

/**
 * Runs a private Postgres 15 from the embedded-postgres binaries, for when no
 * DATABASE_URL is configured: creates the cluster on first use, recovers from
 * a crashed earlier run, and waits until the server answers queries.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningEmbeddedPostgres> {
  const log = options.log ?? silent;
  const database = options.database ?? 'fita';
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const logPath = path.join(dataDir, 'postgres.log');

  const binaries = await resolvePostgresBinaries();
  const user = await resolveServerUser();
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  if (!user.isCurrent) await assertServerUserCanWork(user, binaries, dataDir);
  await removeAbandonedInitDirs(dataDir);

  const logFd = openSync(logPath, 'a', 0o600);
  try {
    let password: string;
    if ((await inspectClusterDirectory(clusterDir)) === 'initialised') {
      password = await requireStoredPassword(dataDir, clusterDir);
      await recoverStaleLock(clusterDir, log);
      if (!user.isCurrent) await ensureClusterOwnedBy(clusterDir, user, log);
    } else {
      password = await readOrCreatePassword(dataDir);
      log('info', `Creating the embedded Postgres cluster in ${clusterDir}`);
      const started = Date.now();
      await initCluster({
        initdb: binaries.initdb,
        dataDir,
        clusterDir,
        password,
        user,
        logFd,
        logPath,
      });
      log('info', `Created the embedded Postgres cluster in ${Date.now() - started} ms`);
    }

    writeSync(
      logFd,
      `\n--- ${new Date().toISOString()} Fita starts Postgres (Node PID ${process.pid}) ---\n`,
    );
    const { server, port } = await startServerOnFreePort({
      postgres: binaries.postgres,
      clusterDir,
      user,
      connection: { host: '127.0.0.1', user: SUPERUSER, password, database: 'postgres' },
      logFd,
      logPath,
      log,
    });
    const stop = stopper(server, log);
    server.child.once('exit', () => {
      if (!stopping.has(server)) {
        log(
          'error',
          `Embedded Postgres (PID ${server.pid}) stopped unexpectedly (${server.exitStatus()}); see ${logPath}`,
        );
      }
    });
    try {
      await ensureDatabase(
        { host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' },
        database,
        log,
      );
    } catch (error) {
      await stop();
      throw error;
    }
    log(
      'info',
      `Embedded Postgres listening on 127.0.0.1:${port} (PID ${server.pid}, data ${clusterDir})`,
    );
    const url =
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/` +
      encodeURIComponent(database);
    return { url, port, stop };
  } finally {
    // The server has its own copy of the descriptor.
    closeSync(logFd);
  }
}

function stopper(server: PostgresProcess, log: EmbeddedPostgresLog): () => Promise<void> {
  let stopped: Promise<void> | undefined;
  return () => {
    stopping.add(server);
    stopped ??= shutdownPostgres(server, log);
    return stopped;
  };
}

async function requireStoredPassword(dataDir: string, clusterDir: string): Promise<string> {
  const password = await readPassword(dataDir);
  if (password) return password;
  throw new EmbeddedPostgresError(
    'password-missing',
    `${clusterDir} holds a cluster but ${passwordFilePath(dataDir)} is missing or empty, so Fita ` +
      `cannot log in. Restore that file, or delete ${clusterDir} to start over with an empty database.`,
  );
}

async function assertServerUserCanWork(
  user: ServerUser,
  binaries: PostgresBinaries,
  dataDir: string,
): Promise<void> {
  await assertReachableBy(user, [
    {
      path: binaries.postgres,
      role: 'Postgres binary',
      remedy:
        'Install Fita in a directory every user can traverse, run Fita as a non-root user, or set DATABASE_URL.',
    },
    {
      path: dataDir,
      role: 'data directory',
      remedy:
        'Set FITA_DATA_DIR to a directory every user can traverse (e.g. /var/lib/fita), ' +
        'make each parent traversable (chmod o+x), or run Fita as a non-root user.',
    },
  ]);
  assertRunnableBy(user, binaries.postgres);
}
