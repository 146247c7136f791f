import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureFirstAccounts } from '../src/app/first-run.js';
import { createHttpApp } from '../src/app/http-app.js';
import type { Clock } from '../src/common/clock.js';
import { loadConfig } from '../src/config/config.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  baseUrl: string;
  app: NestExpressApplication;
  databaseUrl: string;
  lrs: { key: string; secret: string };
  admin: { email: string; password: string };
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Reuse a database (e.g. to restart over the same data); default: a new one. */
  databaseUrl?: string;
}

/**
 * The real application (HTTP, workers, queue, Postgres) on a free port, with
 * its own database and queue prefix. The queue is on Redis when REDIS_URL is
 * set (CI), else on BullMQ's Postgres backend.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? undefined : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? (database as { url: string }).url;
  const lrs = { key: 'test-lrs-key', secret: 'test-lrs-secret-0123456789' };
  const admin = { email: 'admin@test.local', password: 'test-admin-password' };
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    REDIS_URL: process.env['REDIS_URL'],
    FITA_QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    FITA_ADMIN_EMAIL: admin.email,
    FITA_ADMIN_PASSWORD: admin.password,
    FITA_LRS_KEY: lrs.key,
    FITA_LRS_SECRET: lrs.secret,
    ...options.env,
  });
  const app = await createHttpApp({ config, databaseUrl, worker: true, clock: options.clock });
  await ensureFirstAccounts(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    app,
    databaseUrl,
    lrs,
    admin,
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}
