import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoggerService } from '@nestjs/common';
import pg from 'pg';
import { resolveDatabase, type Database } from '../app/runtime.js';
import type { Config } from '../config/config.js';
import { BackupError } from '../database/backup/backup.error.js';
import { EmbeddedPostgresError } from '../database/embedded-postgres/index.js';
import { SUPERUSER } from '../database/embedded-postgres/cluster.initializer.js';
import { readPassword } from '../database/embedded-postgres/password-file.store.js';

/** The database a backup reads or a restore writes, and how to let go of it afterwards. */
export interface BackupTarget extends Database {
  /** For the summary: "DATABASE_URL (host/db)" or "the embedded database under DIR". */
  description: string;
  /** A backup of a running Fita: its own Postgres, left running. */
  online: boolean;
}

/**
 * For a backup: DATABASE_URL; or the embedded Postgres of a Fita that is
 * running on FITA_DATA_DIR (only one Postgres may serve a data directory, so
 * the backup joins it: an online backup); or, with Fita stopped, the embedded
 * Postgres started just for the backup.
 */
export async function databaseForBackup(
  config: Config,
  logger: LoggerService,
): Promise<BackupTarget> {
  if (config.databaseUrl) return production(config.databaseUrl);
  const running = await runningEmbeddedUrl(config.dataDir);
  if (running) {
    return {
      url: running,
      embedded: true,
      online: true,
      stop: () => Promise.resolve(),
      description: `the embedded database of the Fita running on ${config.dataDir}`,
    };
  }
  return startEmbedded(config, logger);
}

/**
 * For a restore: DATABASE_URL, or the embedded Postgres started for the
 * restore. A Fita running on the data directory must be stopped first: the
 * restore replaces the database under it.
 */
export async function databaseForRestore(
  config: Config,
  logger: LoggerService,
): Promise<BackupTarget> {
  if (config.databaseUrl) return production(config.databaseUrl);
  try {
    return await startEmbedded(config, logger);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError && error.code === 'already-running') {
      throw new BackupError(
        'fita-running',
        `Fita is running on ${config.dataDir}: stop it (Ctrl-C where it runs), then restore. ` +
          '(A backup, unlike a restore, can be made while Fita runs.)',
      );
    }
    throw error;
  }
}

function production(url: string): BackupTarget {
  const parsed = new URL(url);
  return {
    url,
    embedded: false,
    online: true,
    stop: () => Promise.resolve(),
    description: `DATABASE_URL (${parsed.hostname}:${parsed.port || 5432}${parsed.pathname})`,
  };
}

async function startEmbedded(config: Config, logger: LoggerService): Promise<BackupTarget> {
  const database = await resolveDatabase(config, logger);
  return {
    ...database,
    online: false,
    description: `the embedded database under ${config.dataDir}`,
  };
}

/**
 * The URL of the embedded Postgres serving `dataDir` right now, read from its
 * lock file (postmaster.pid: PID on line 1, port on line 4), if it answers.
 */
async function runningEmbeddedUrl(dataDir: string): Promise<string | undefined> {
  let lock: string;
  try {
    lock = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = lock.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  const password = await readPassword(dataDir);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !password || !isAlive(pid)) {
    return undefined;
  }
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/fita`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return url;
  } catch {
    // A lock left by a crash, or a server shutting down: start one of our own instead.
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
