// Once per test run: a Postgres server (DATABASE_URL, or an embedded one so that
// a fresh clone needs no services) and a template database migrated once, which
// every test file clones into a database of its own.
//
// Jest loads global setup outside its module system, so this file uses the
// compiled API (`npm test` builds it first through Nx).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres/index.js';
import { migrateDatabase } from '../dist/database/migrations-runner.js';
import { createDatabase, databaseUrlFor } from '../dist/database/scratch-database.js';

export default async function globalSetup() {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  let running;
  let dataDir;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-test-pg-'));
    fs.chmodSync(dataDir, 0o755); // postgres runs as nobody when the tests run as root
    running = await startEmbeddedPostgres({ dataDir });
    serverUrl = running.url;
  }
  const template = `fita_t_${runId}_template`;
  await createDatabase(serverUrl, template);
  await migrateDatabase(databaseUrlFor(serverUrl, template));

  // Read by test/test-env.ts in the test files.
  process.env.FITA_TEST_SERVER_URL = serverUrl;
  process.env.FITA_TEST_TEMPLATE = template;
  process.env.FITA_TEST_RUN_ID = runId;
  globalThis.__fitaTestPostgres = { running, dataDir, serverUrl, template };
}
