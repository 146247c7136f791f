import { readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import type { EmbeddedPostgresLog } from './embedded-postgres.types.js';
import { shutdownPostgres } from './postgres-shutdown.helper.js';
import {
  findProcessesWithCwd,
  isProcessAlive,
  readProcessInfo,
  type ProcessInfo,
} from './process-info.reader.js';

/**
 * Clears what a crashed run leaves in the cluster directory so the next start works.
 *
 * Postgres itself ignores a postmaster.pid whose PID is dead, but refuses to
 * start when that PID has been reused by any live process (common after a
 * reboot or container restart), and it cannot tell a postmaster of a crashed
 * Fita run from a live one. So: a postgres still serving this directory whose
 * owner is gone is stopped; a lock naming anything else is deleted, once no
 * orphaned backend is left working on the files.
 */
export async function recoverStaleLock(
  clusterDir: string,
  log: EmbeddedPostgresLog,
): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const clusterPath = await realpath(clusterDir);
  const pid = Number.parseInt(content.split('\n')[0]?.trim() ?? '', 10);
  const holder = await readProcessInfo(pid);

  if (holder && (await servesCluster(holder, clusterPath))) {
    await assertAbandoned(holder, clusterDir);
    log(
      'warn',
      `Postgres (PID ${pid}) left by an earlier run still serves ${clusterDir}; stopping it`,
    );
    await shutdownPostgres(
      {
        pid,
        description: `leftover Postgres (PID ${pid})`,
        hasExited: async () => !(await isProcessAlive(pid)),
      },
      log,
    );
    log('info', `Stopped leftover Postgres (PID ${pid})`);
  } else if (holder) {
    log(
      'warn',
      `Removing stale ${lockFile}: PID ${pid} now belongs to an unrelated process (${holder.name})`,
    );
  } else {
    log(
      'warn',
      `Removing stale ${lockFile}: PID ${Number.isNaN(pid) ? '?' : pid} is not running (Postgres was not shut down cleanly)`,
    );
  }

  await stopOrphanedBackends(clusterPath, log);
  await rm(lockFile, { force: true });
}

async function servesCluster(info: ProcessInfo, clusterPath: string): Promise<boolean> {
  if (info.name !== 'postgres') return false;
  if (info.cwd === clusterPath) return true;
  const dataDirArg = dataDirectoryArgument(info.args);
  if (!dataDirArg) return false;
  const resolved = await realpath(dataDirArg).catch(() => path.resolve(dataDirArg));
  return resolved === clusterPath;
}

function dataDirectoryArgument(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-D') return args[i + 1];
    if (arg.startsWith('-D')) return arg.slice(2);
  }
  return undefined;
}

/**
 * A server whose parent is still a live Node process belongs to a Fita process
 * that is running right now (say, the API while this is the worker): stopping
 * it would pull the database from under that process.
 */
async function assertAbandoned(server: ProcessInfo, clusterDir: string): Promise<void> {
  if (server.ppid === process.pid || server.ppid <= 1) return;
  const parent = await readProcessInfo(server.ppid);
  if (!parent) return;
  const ownExe = await realpath(process.execPath).catch(() => process.execPath);
  const parentIsNode = parent.exe === ownExe || /^node/.test(parent.name);
  if (!parentIsNode) return;
  throw new EmbeddedPostgresError(
    'already-running',
    `The embedded Postgres for ${clusterDir} is already running (PID ${server.pid}), started by ` +
      `the live process ${parent.pid} (${parent.name}). Only one Fita process can run the embedded ` +
      'database: stop the other one, or give every process the same DATABASE_URL.',
  );
}

async function stopOrphanedBackends(clusterPath: string, log: EmbeddedPostgresLog): Promise<void> {
  const isPostgres = (info: ProcessInfo) => info.name === 'postgres';
  let orphans = (await findProcessesWithCwd(clusterPath)).filter(isPostgres);
  if (orphans.length === 0) return;
  log(
    'warn',
    `Stopping orphaned Postgres processes still using ${clusterPath}: ${orphans.map((o) => o.pid).join(', ')}`,
  );
  for (const signal of ['SIGQUIT', 'SIGKILL'] as const) {
    for (const orphan of orphans) {
      try {
        process.kill(orphan.pid, signal);
      } catch {
        // Already gone, which is the goal.
      }
    }
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      orphans = (await findProcessesWithCwd(clusterPath)).filter(isPostgres);
      if (orphans.length === 0) return;
      await sleep(50);
    }
  }
  throw new EmbeddedPostgresError(
    'already-running',
    `Postgres processes ${orphans.map((o) => o.pid).join(', ')} still use ${clusterPath}; stop them by hand.`,
  );
}
