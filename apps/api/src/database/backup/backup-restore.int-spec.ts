import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  getJson,
  lrsHeaders,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { loadPersonData } from '../../../test/person-data.fixture.js';
import { signInAdmin, signInAs } from '../../../test/signed-in-users.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { testEnv } from '../../../test/test-env.js';
import { xapi } from '../../../test/xapi-documents.js';
import { dataSourceOptions } from '../data-source.js';
import { MIGRATIONS } from '../migrations/index.js';
import { createDatabase, dropDatabase } from '../scratch-database.js';
import { BackupError } from './backup.error.js';
import { createBackup } from './backup.service.js';
import { restoreBackup } from './restore.service.js';

// At a fixed cut-off, so that the answer does not move with the clock.
const indicators = (cutoff: string) =>
  `/api/indicators?from=2020-01-01&to=2020-12-31&cutoff=${cutoff}`;
const UNDER_LOAD = 'https://lms.example.org/courses/posted-during-the-backup';

/**
 * Issue 9: a database filled through Fita's own API (registry, catalogue,
 * statements with an attachment, an xAPI document, a snapshot, an ERDF export
 * stored as bytea chunks, users and credentials) is backed up and restored
 * into fresh databases; every table is compared row for row, and the
 * indicators answer the same. Damaged files and occupied databases are
 * refused before anything is touched.
 */
describe('backup and restore', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-backup-'));
  const databases: { drop(): Promise<void> }[] = [];
  let source: TestDatabase;
  let file: string;
  let indicatorAnswer: unknown;
  let cutoff: string;
  let sourceTables: Record<string, string>;

  beforeAll(async () => {
    source = await createTestDatabase();
    databases.push(source);
    const app = await startTestApp({ databaseUrl: source.url });
    try {
      const admin = await signInAdmin(app);
      const auditor = await signInAs(app, 'auditor');
      await loadPersonData(app, { admin, auditor });
      await postWithAttachment(app);
      const state = await xapi(app, 'activities/state', {
        method: 'PUT',
        params: {
          activityId: 'https://lms.example.org/courses/digital-skills',
          agent: { mbox: 'mailto:w1@example.org' },
          stateId: 'bookmark',
        },
        body: { page: 7 },
      });
      expect(state.status).toBe(204);
      await waitForFreshness(app.baseUrl, admin.token);
      cutoff = new Date().toISOString();
      const answer = await getJson(app.baseUrl, indicators(cutoff), admin.token);
      expect(answer.status).toBe(200);
      indicatorAnswer = answer.body;
    } finally {
      await app.close();
    }
    sourceTables = await tableDigests(source.url);
    file = path.join(folder, 'full.fita-backup');
    await createBackup({ databaseUrl: source.url, output: file });
  }, 120_000);

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('backs up every table, the representative data included', () => {
    expect(Object.keys(sourceTables)).toEqual(
      expect.arrayContaining([
        'migrations',
        'statements',
        'attachments',
        'documents',
        'persons',
        'courses',
        'snapshots',
        'exports',
        'export_chunks',
        'users',
        'lrs_credentials',
        'audit_events',
      ]),
    );
    for (const table of ['attachments', 'documents', 'export_chunks', 'snapshots', 'persons']) {
      expect(sourceTables[table]).not.toBe(EMPTY);
    }
  });

  it('restores into an empty database: every table row for row, sequences, and the same indicators', async () => {
    const target = await blankDatabase();
    const summary = await restoreBackup({ databaseUrl: target.url, file });
    expect(summary.replaced).toEqual([]);
    expect(summary.appliedAfter).toEqual([]);
    expect(await tableDigests(target.url)).toEqual(sourceTables);
    expect(await sequenceValues(target.url)).toEqual(await sequenceValues(source.url));

    const app = await startTestApp({ databaseUrl: target.url });
    try {
      const admin = await signInAdmin(app);
      const answer = await getJson(app.baseUrl, indicators(cutoff), admin.token);
      expect(answer.body).toEqual(indicatorAnswer);
      // Sequences continue after the restored rows: a new statement is stored, not refused.
      expect((await postStatements(app, [statement()])).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses a database that holds data, without --force, and leaves it as it was', async () => {
    const target = await occupiedDatabase();
    const before = await tableDigests(target.url);
    await expect(restoreBackup({ databaseUrl: target.url, file })).rejects.toThrow(
      /The database is not empty \(.*lrs_credentials 1 row.*\)\. .*--force/,
    );
    expect(await tableDigests(target.url)).toEqual(before);
  });

  it('with --force, replaces a database that holds data and says what it replaced', async () => {
    const target = await occupiedDatabase();
    const summary = await restoreBackup({ databaseUrl: target.url, file, force: true });
    expect(summary.replaced).toContainEqual({ table: 'lrs_credentials', rows: 1 });
    expect(await tableDigests(target.url)).toEqual(sourceTables);
  });

  it('refuses a file with a flipped byte, naming the damage, and touches nothing', async () => {
    const target = await occupiedDatabase();
    const before = await tableDigests(target.url);
    const bytes = fs.readFileSync(file);
    for (const at of [Math.floor(bytes.length / 2), bytes.length - 6]) {
      const damaged = path.join(folder, `flipped-${at}.fita-backup`);
      const copy = Buffer.from(bytes);
      copy[at] ^= 0x10;
      fs.writeFileSync(damaged, copy);
      await expect(
        restoreBackup({ databaseUrl: target.url, file: damaged, force: true }),
      ).rejects.toThrow(
        /is corrupted: its compressed data is damaged \(.+\) (near its start|after what could be read (in|after) table [a-z_]+)\./,
      );
    }
    expect(await tableDigests(target.url)).toEqual(before);
  });

  it('names the table whose data no longer matches its checksum', async () => {
    const target = await occupiedDatabase();
    const before = await tableDigests(target.url);
    // A well-formed gzip stream whose content was changed: only the checksum can tell.
    const content = gunzipSync(fs.readFileSync(file));
    const start = content.indexOf('{"name":"persons"}') + 40;
    const at = content.indexOf('P-w1', start);
    content[at + 2] = '2'.charCodeAt(0);
    const tampered = path.join(folder, 'tampered.fita-backup');
    fs.writeFileSync(tampered, gzipSync(content));
    await expect(
      restoreBackup({ databaseUrl: target.url, file: tampered, force: true }),
    ).rejects.toThrow(
      /is corrupted in table persons: SHA-256 [0-9a-f]{64} where the manifest says/,
    );
    expect(await tableDigests(target.url)).toEqual(before);
  });

  it('refuses a truncated file, saying where it ends, and touches nothing', async () => {
    const target = await occupiedDatabase();
    const before = await tableDigests(target.url);
    const truncated = path.join(folder, 'truncated.fita-backup');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    await expect(
      restoreBackup({ databaseUrl: target.url, file: truncated, force: true }),
    ).rejects.toThrow(/is truncated: it ends (in|after) table [a-z_]+/);
    expect(await tableDigests(target.url)).toEqual(before);
  });

  it('refuses a missing file and a file that is no Fita backup', async () => {
    const target = await blankDatabase();
    await expect(
      restoreBackup({ databaseUrl: target.url, file: path.join(folder, 'missing.fita-backup') }),
    ).rejects.toThrow(/missing\.fita-backup does not exist\./);
    const other = path.join(folder, 'other.fita-backup');
    fs.writeFileSync(other, gzipSync('PGDMP something else'));
    await expect(restoreBackup({ databaseUrl: target.url, file: other })).rejects.toThrow(
      /is not a Fita backup/,
    );
    expect(Object.keys(await tableDigests(target.url))).toEqual([]);
  });

  it('refuses a backup made by a newer Fita, naming the migration it does not know', async () => {
    const target = await blankDatabase();
    const older = MIGRATIONS.slice(0, -1);
    const newest = new MIGRATIONS[MIGRATIONS.length - 1]().name;
    const refusal = restoreBackup({ databaseUrl: target.url, file, migrations: older });
    await expect(refusal).rejects.toThrow(BackupError);
    await expect(refusal).rejects.toThrow(
      new RegExp(`made by a newer Fita .*migration ${newest}, which this Fita does not know`),
    );
    expect(Object.keys(await tableDigests(target.url))).toEqual([]);
  });

  it('restores a backup of an older Fita and then runs the newer migrations', async () => {
    const older = await blankDatabase();
    const level = MIGRATIONS.slice(0, -2);
    const dataSource = new DataSource({ ...dataSourceOptions(older.url), migrations: level });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    await withClient(older.url, (client) =>
      client.query(
        `INSERT INTO lrs_credentials (id, key, secret_hash, name, scopes)
         VALUES (gen_random_uuid(), 'old-key', 'x', 'from an older Fita', '{statements/write}')`,
      ),
    );
    const olderFile = path.join(folder, 'older.fita-backup');
    await createBackup({ databaseUrl: older.url, output: olderFile });

    const target = await blankDatabase();
    const summary = await restoreBackup({ databaseUrl: target.url, file: olderFile });
    expect(summary.appliedAfter).toEqual(MIGRATIONS.slice(-2).map((m) => new m().name));
    const restored = await withClient(target.url, async (client) => ({
      key: (await client.query<{ key: string }>('SELECT key FROM lrs_credentials')).rows,
      migrations: (await client.query('SELECT 1 FROM migrations')).rowCount,
    }));
    expect(restored).toEqual({ key: [{ key: 'old-key' }], migrations: MIGRATIONS.length });
  });

  it('refuses to restore while a Fita process is connected to the database', async () => {
    const target = await createTestDatabase();
    databases.push(target);
    const fita = new pg.Client({ connectionString: target.url, application_name: 'fita' });
    await fita.connect();
    try {
      await expect(restoreBackup({ databaseUrl: target.url, file })).rejects.toThrow(
        /Fita is running on this database \(1 connections from .*\)\. Stop the API and the workers, then restore\./,
      );
    } finally {
      await fita.end();
    }
  });

  it('takes a consistent snapshot while statements are being posted', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const app = await startTestApp({ databaseUrl: database.url });
    let posting = true;
    let posted = 0;
    const poster = async () => {
      while (posting) {
        const batch = Array.from({ length: 20 }, () =>
          statement({ object: { id: UNDER_LOAD }, timestamp: '2021-02-01T10:00:00Z' }),
        );
        const response = await postStatements(app, batch);
        if (response.status !== 200) throw new Error(`post refused: ${response.status}`);
        posted += batch.length;
      }
    };
    const posters = [poster(), poster(), poster()];
    let manifestRows: Record<string, number>;
    try {
      while (posted < 200) await new Promise((resolve) => setTimeout(resolve, 20));
      const { manifest } = await createBackup({
        databaseUrl: database.url,
        output: path.join(folder, 'under-load.fita-backup'),
      });
      manifestRows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
      // Still posting once the backup is written: it did not wait for quiet.
      const postedAtEnd = posted;
      while (posted < postedAtEnd + 40) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      posting = false;
      await Promise.all(posters);
      await app.close();
    }
    expect(manifestRows['statements']).toBeGreaterThanOrEqual(200);
    expect(manifestRows['statements']).toBeLessThan(posted);

    const target = await blankDatabase();
    await restoreBackup({
      databaseUrl: target.url,
      file: path.join(folder, 'under-load.fita-backup'),
    });
    const restored = await withClient(target.url, async (client) => {
      const counts: Record<string, number> = {};
      for (const table of Object.keys(manifestRows)) {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${table}"`,
        );
        counts[table] = rows[0].n;
      }
      const { rows } = await client.query<{ statements: number; links: number }>(
        `SELECT (SELECT count(*)::int FROM statements WHERE object_id = $1) AS statements,
                (SELECT count(*)::int FROM statement_activities WHERE activity_id = $1) AS links`,
        [UNDER_LOAD],
      );
      return { counts, ...rows[0] };
    });
    expect(restored.counts).toEqual(manifestRows);
    // Each statement was stored with its activity link in one transaction:
    // a backup copying the tables at different moments would not pair them.
    expect(restored.links).toBe(restored.statements);
    expect(restored.statements).toBe(manifestRows['statements']);
  }, 60_000);

  async function blankDatabase(): Promise<{ url: string }> {
    const serverUrl = testEnv('serverUrl');
    const name = `fita_t_${testEnv('runId')}_${randomBytes(4).toString('hex')}`;
    const url = await createDatabase(serverUrl, name);
    databases.push({ drop: () => dropDatabase(serverUrl, name) });
    return { url };
  }

  /** A migrated database with one LRS credential in it. */
  async function occupiedDatabase(): Promise<{ url: string }> {
    const database = await createTestDatabase();
    databases.push(database);
    await withClient(database.url, (client) =>
      client.query(
        `INSERT INTO lrs_credentials (id, key, secret_hash, name, scopes)
         VALUES (gen_random_uuid(), 'someone-elses', 'x', 'Moodle', '{statements/write}')`,
      ),
    );
    return database;
  }
});

const EMPTY = createHash('md5').update('').digest('hex');

/** Per table of the public schema: the MD5 of its rows as text, in order. */
async function tableDigests(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ digest: string }>(
        `SELECT md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
      );
      digests[name] = rows[0].digest;
    }
    return digests;
  });
}

async function sequenceValues(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string; value: string }>(
      `SELECT sequencename AS name, COALESCE(last_value::text, '-') AS value
         FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const BOUNDARY = 'backup-test-boundary';

/** A statement with a certificate attached, sent as multipart/mixed as xAPI clients do. */
async function postWithAttachment(app: TestApp): Promise<void> {
  const content = Buffer.from('%PDF-1.4 certificate of completion\n\u0000\u00ff');
  const sent = statement({
    actor: { mbox: 'mailto:w1@example.org' },
    attachments: [
      {
        usageType: 'http://example.org/attachment-usage/certificate',
        display: { en: 'Certificate' },
        contentType: 'application/pdf',
        length: content.length,
        sha2: createHash('sha256').update(content).digest('hex'),
      },
    ],
  });
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(sent)}\r\n` +
        `--${BOUNDARY}\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\n` +
        `X-Experience-API-Hash: ${createHash('sha256').update(content).digest('hex')}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const response = await fetch(`${app.baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: { ...lrsHeaders(app), 'Content-Type': `multipart/mixed; boundary=${BOUNDARY}` },
    body,
  });
  if (response.status !== 200) throw new Error(`attachment refused: ${await response.text()}`);
}
