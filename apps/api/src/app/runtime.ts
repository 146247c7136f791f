import type { LoggerService } from '@nestjs/common';
import type { Config } from '../config/config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres/index.js';
import { hasPendingMigrations } from '../database/migrations-runner.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when configured; otherwise the embedded Postgres under FITA_DATA_DIR. */
export async function resolveDatabase(config: Config, logger: LoggerService): Promise<Database> {
  if (config.databaseUrl)
    return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  const running = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    log: (level, message) => {
      logger[level === 'info' ? 'log' : level](message, 'EmbeddedPostgres');
    },
  });
  return { url: running.url, embedded: true, stop: () => running.stop() };
}

/** Production processes never migrate on their own: `npm run migrate` does, once. */
export async function assertMigrated(url: string): Promise<void> {
  if (await hasPendingMigrations(url)) {
    throw new Error('The database has pending migrations: run "npm run migrate" first.');
  }
}

/** Production needs both services (spec section 10); say so plainly rather than fall back. */
export function assertProductionServices(config: Config, command: string): void {
  const missing = [!config.databaseUrl && 'DATABASE_URL', !config.redisUrl && 'REDIS_URL'].filter(
    Boolean,
  );
  if (missing.length > 0) {
    throw new Error(
      `${command} needs ${missing.join(' and ')}. For a local all-in-one Fita without services, use "npm start".`,
    );
  }
}
