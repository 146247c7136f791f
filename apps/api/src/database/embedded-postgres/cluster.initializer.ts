import { spawn } from 'node:child_process';
import { chmod, chown, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres.error.js';
import { describeLogTail, readLogTail } from './log-tail.reader.js';
import { serverEnvironment } from './server-environment.factory.js';
import type { ServerUser } from './server-user.resolver.js';

export const SUPERUSER = 'fita';

const WORK_DIR_PREFIX = '.postgres-init-';
const INITDB_TIMEOUT_MS = 5 * 60_000;

export interface ClusterInitOptions {
  initdb: string;
  dataDir: string;
  clusterDir: string;
  password: string;
  user: ServerUser;
  /** Open append-mode descriptor of postgres.log, which receives initdb's output. */
  logFd: number;
  logPath: string;
}

/**
 * Runs initdb in a scratch directory and renames the result into place, so a
 * crash half-way never leaves a half-built cluster where the next start would
 * take it for a real one. The scratch directory also carries the password file
 * initdb reads, owned by the server user, since that user cannot read the
 * root-owned postgres.password.
 */
export async function initCluster(options: ClusterInitOptions): Promise<void> {
  const { dataDir, clusterDir, password, user } = options;
  const workDir = await mkdtemp(path.join(dataDir, WORK_DIR_PREFIX));
  try {
    await chmod(workDir, 0o700);
    const pwfile = path.join(workDir, 'pwfile');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (!user.isCurrent) {
      await chown(workDir, user.uid, user.gid);
      await chown(pwfile, user.uid, user.gid);
    }
    const stagingDir = path.join(workDir, 'cluster');
    await runInitdb(options, stagingDir, pwfile);
    await rename(stagingDir, clusterDir);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Scratch directories of an initdb run that was interrupted. */
export async function removeAbandonedInitDirs(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir);
  await Promise.all(
    entries
      .filter((name) => name.startsWith(WORK_DIR_PREFIX))
      .map((name) => rm(path.join(dataDir, name), { recursive: true, force: true })),
  );
}

function runInitdb(options: ClusterInitOptions, stagingDir: string, pwfile: string): Promise<void> {
  const args = [
    '--pgdata',
    stagingDir,
    '--username',
    SUPERUSER,
    '--pwfile',
    pwfile,
    '--auth',
    'scram-sha-256',
    // Without these the cluster inherits the (often missing) shell locale and comes out SQL_ASCII.
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-instructions',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.initdb, args, {
      cwd: options.dataDir,
      env: serverEnvironment(),
      stdio: ['ignore', options.logFd, options.logFd],
      ...(options.user.isCurrent ? {} : { uid: options.user.uid, gid: options.user.gid }),
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), INITDB_TIMEOUT_MS);
    const fail = async (reason: string, cause?: unknown) => {
      clearTimeout(timer);
      const tail = await readLogTail(options.logPath);
      reject(
        new EmbeddedPostgresError(
          'init-failed',
          `initdb ${reason}.${describeLogTail(options.logPath, tail)}`,
          { cause },
        ),
      );
    };
    child.once('error', (error) => void fail(`could not be started (${error.message})`, error));
    child.once('exit', (code, signal) => {
      if (code === 0) {
        clearTimeout(timer);
        resolve();
      } else {
        void fail(signal ? `was killed by ${signal}` : `failed with exit code ${code}`);
      }
    });
  });
}
