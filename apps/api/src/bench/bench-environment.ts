import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { ensureFirstAccounts } from '../app/first-run.js';
import { createHttpApp } from '../app/http-app.js';
import { loadConfig } from '../config/config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres/index.js';
import { migrateDatabase } from '../database/migrations-runner.js';
import { createDatabase, dropDatabase } from '../database/scratch-database.js';

export const BENCH_LRS = { key: 'bench-lrs-key', secret: 'bench-lrs-secret-0123456789' };
export const BENCH_ADMIN = { email: 'bench@fita.local', password: 'bench-admin-password' };

export interface BenchServer {
  serverUrl: string;
  /** "production" (DATABASE_URL and REDIS_URL) or "embedded" */
  mode: string;
  stop(): Promise<void>;
}

/** DATABASE_URL's server when set (production mode), else an embedded Postgres in a temporary folder. */
export async function startBenchServer(): Promise<BenchServer> {
  const given = process.env['DATABASE_URL'];
  if (given) {
    return {
      serverUrl: given,
      mode: process.env['REDIS_URL']
        ? 'production (Postgres + Redis)'
        : 'Postgres, queue on Postgres',
      stop: () => Promise.resolve(),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const running = await startEmbeddedPostgres({ dataDir });
  return {
    serverUrl: running.url,
    mode: 'embedded (embedded Postgres, queue on Postgres)',
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The Postgres settings that move the results most: a soak on a server with
 * autovacuum off measured ingest latency growing with the data, one with it
 * on did not. Stated beside every result.
 */
export async function postgresSettings(serverUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; value: string }>(
      `SELECT name, current_setting(name) AS value FROM pg_settings
       WHERE name = ANY($1::text[]) ORDER BY name`,
      [['server_version', 'shared_buffers', 'autovacuum', 'max_wal_size', 'synchronous_commit']],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  } finally {
    await client.end();
  }
}

export interface BenchApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real HTTP application on a new migrated database. Workers are off so a
 * scenario measures one thing at a time and triggers the refresh itself.
 */
export async function startBenchApp(server: BenchServer): Promise<BenchApp> {
  const name = `fita_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await createDatabase(server.serverUrl, name);
  await migrateDatabase(databaseUrl);
  const { app, baseUrl } = await startInProcessApp(databaseUrl);
  return {
    app,
    baseUrl,
    databaseUrl,
    close: async () => {
      await app.close();
      await dropDatabase(server.serverUrl, name);
    },
  };
}

/**
 * The real HTTP application in this process on a migrated database, workers
 * off, with the bench's first admin and LRS credential.
 */
export async function startInProcessApp(
  databaseUrl: string,
): Promise<{ app: NestExpressApplication; baseUrl: string }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    REDIS_URL: process.env['REDIS_URL'],
    FITA_QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
    FITA_ADMIN_EMAIL: BENCH_ADMIN.email,
    FITA_ADMIN_PASSWORD: BENCH_ADMIN.password,
    FITA_LRS_KEY: BENCH_LRS.key,
    FITA_LRS_SECRET: BENCH_LRS.secret,
  });
  const app = await createHttpApp({ config, databaseUrl, worker: false });
  await ensureFirstAccounts(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}
