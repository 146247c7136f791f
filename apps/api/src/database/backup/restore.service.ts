import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { DataSource, MigrationExecutor } from 'typeorm';
import { dataSourceOptions } from '../data-source.js';
import { MIGRATIONS } from '../migrations/index.js';
import { BackupError } from './backup.error.js';
import { readBackupFile } from './backup-file.reader.js';
import { assertTableMatches, TableStream, verifyBackupFile } from './backup-file.verifier.js';
import type { BackupManifest, BackupTable } from './backup-format.js';
import { silentProgress, type BackupProgress } from './backup-progress.js';
import { BackupRepository, type SchemaObjects } from './backup.repository.js';

/** A migration class, as TypeORM lists them. */
type MigrationClass = (typeof MIGRATIONS)[number];

/**
 * Rows the migrations themselves insert (reference data): a database holding
 * only these is as empty as a freshly migrated one.
 */
const MIGRATION_ROWS_ONLY = new Set(['migrations', 'indicator_definitions']);

export interface RestoreOptions {
  databaseUrl: string;
  file: string;
  /** Replace a database that holds data. */
  force?: boolean;
  progress?: BackupProgress;
  /** This Fita's migrations; tests pass fewer to play an older Fita. */
  migrations?: readonly MigrationClass[];
}

export interface TableRows {
  table: string;
  rows: number;
}

export interface RestoreSummary {
  manifest: BackupManifest;
  /** What the database held before (non-empty tables), when it was replaced. */
  replaced: TableRows[];
  /** Migrations newer than the backup, run after loading it. */
  appliedAfter: string[];
  seconds: number;
}

/**
 * Restores a backup file into a database: verifies the whole file first,
 * then in one transaction clears the schema, creates it with this Fita's
 * migrations up to the backup's level, loads every table, sets the sequences,
 * and commits; then runs the migrations that are newer than the backup. A
 * failure anywhere leaves the database as it was.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const started = Date.now();
  const progress = options.progress ?? silentProgress;
  const known = options.migrations ?? MIGRATIONS;

  progress.step(`verifying ${options.file}`);
  const manifest = await verifyBackupFile(options.file, progress);
  const backupLevel = migrationsUpTo(manifest, known);

  const dataSource = new DataSource({
    ...dataSourceOptions(options.databaseUrl),
    migrations: backupLevel,
    extra: { max: 1, application_name: 'fita-restore', connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  let replaced: TableRows[];
  try {
    const client = (await runner.connect()) as pg.ClientBase;
    const repository = new BackupRepository(client, await BackupRepository.currentSchema(client));
    await repository.useStableTextFormats();
    await assertNoFitaConnected(repository);

    // Counted in the transaction that replaces the data, just before it does.
    await runner.startTransaction();
    try {
      const objects = await repository.objects();
      replaced = await tablesWithData(repository, objects);
      if (replaced.length > 0 && !options.force) {
        throw new BackupError(
          'not-empty',
          `The database is not empty (${describe(replaced)}). Restoring replaces all of it: ` +
            'run the restore again with --force if that is what you want, or restore into an empty database.',
        );
      }
      if (replaced.length > 0) {
        progress.step(`replacing what the database holds: ${describe(replaced)}`);
      }
      await repository.dropAll(objects);
      progress.step(
        `creating the schema: ${backupLevel.length} migrations, as the backup's database had`,
      );
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'all';
      await executor.executePendingMigrations();
      await assertSchemaFits(repository, manifest);
      progress.step(`loading ${manifest.tables.length} tables`);
      await loadTables(repository, options.file, manifest, progress);
      for (const sequence of manifest.sequences) {
        if (!(await repository.hasTable(sequence.name))) {
          throw new BackupError(
            'schema-mismatch',
            `The backup has sequence ${sequence.name}, which Fita's migrations do not create.`,
          );
        }
        await repository.setSequence(sequence.name, sequence.lastValue, sequence.isCalled);
      }
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
    await dataSource.destroy();
  }

  const newer = known.length - backupLevel.length;
  let appliedAfter: string[] = [];
  if (newer > 0) {
    progress.step(`applying ${newer} migrations newer than the backup`);
    appliedAfter = await migrateAll(options.databaseUrl, known);
  }
  return { manifest, replaced, appliedAfter, seconds: (Date.now() - started) / 1000 };
}

/** As `npm run migrate` does: each pending migration in its own transaction. */
async function migrateAll(url: string, migrations: readonly MigrationClass[]): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), migrations: [...migrations] });
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The migrations that make the backup's schema; a backup newer than this Fita is refused. */
function migrationsUpTo(
  manifest: BackupManifest,
  known: readonly MigrationClass[],
): MigrationClass[] {
  const names = new Map(
    known.map((migration) => [new migration().name ?? migration.name, migration]),
  );
  const unknown = manifest.migrations.filter((name) => !names.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      'newer-migrations',
      `The backup was made by a newer Fita (${manifest.fitaVersion}): its database ran ` +
        `${unknown.length === 1 ? 'migration' : 'migrations'} ${unknown.join(', ')}, which this Fita does not know. ` +
        'Upgrade Fita, then restore.',
    );
  }
  const wanted = new Set(manifest.migrations);
  return [...names].filter(([name]) => wanted.has(name)).map(([, migration]) => migration);
}

async function assertNoFitaConnected(repository: BackupRepository): Promise<void> {
  const connected = await repository.otherFitaConnections();
  if (connected.length === 0) return;
  const from = [...new Set(connected.map((c) => c.address ?? 'local'))].join(', ');
  throw new BackupError(
    'fita-running',
    `Fita is running on this database (${connected.length} connections from ${from}). ` +
      'Stop the API and the workers, then restore.',
  );
}

async function tablesWithData(
  repository: BackupRepository,
  objects: SchemaObjects,
): Promise<TableRows[]> {
  const found: TableRows[] = [];
  for (const table of objects.tables) {
    if (MIGRATION_ROWS_ONLY.has(table)) continue;
    const rows = await repository.rowCount(table);
    if (rows > 0) found.push({ table, rows });
  }
  return found;
}

function describe(tables: readonly TableRows[]): string {
  return tables
    .map((t) => `${t.table} ${t.rows.toLocaleString('en')} ${t.rows === 1 ? 'row' : 'rows'}`)
    .join(', ');
}

/** The tables the migrations made must take the backup's columns, and its order must respect their keys. */
async function assertSchemaFits(
  repository: BackupRepository,
  manifest: BackupManifest,
): Promise<void> {
  const problems: string[] = [];
  for (const table of manifest.tables) {
    if (!(await repository.hasTable(table.name))) {
      problems.push(`table ${table.name} is in the backup but not created by Fita's migrations`);
      continue;
    }
    const expected = columnsText(table.columns);
    const actual = columnsText(await repository.columns(table.name));
    if (expected !== actual) {
      problems.push(`table ${table.name} has columns (${actual}) but the backup has (${expected})`);
    }
  }
  if (problems.length === 0) {
    // The backup's order was made on its own database; its keys must be the ones here.
    const position = new Map(manifest.tables.map((t, i) => [t.name, i]));
    for (const table of await repository.tables()) {
      const at = position.get(table.name);
      if (at === undefined) continue;
      for (const reference of table.references) {
        if ((position.get(reference) ?? -1) > at) {
          problems.push(`table ${table.name} comes before ${reference}, which it references`);
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new BackupError(
      'schema-mismatch',
      `The backup does not fit the schema Fita's migrations create: ${problems.join('; ')}.`,
    );
  }
}

function columnsText(columns: readonly { name: string; type: string }[]): string {
  return [...columns]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => `${c.name} ${c.type}`)
    .join(', ');
}

/** Second pass over the file: each table's data straight into COPY, checked again as it goes. */
async function loadTables(
  repository: BackupRepository,
  file: string,
  manifest: BackupManifest,
  progress: BackupProgress,
): Promise<void> {
  const names = manifest.tables.map((t) => t.name);
  for (const name of names) await repository.setUserTriggers(name, false);
  // The migrations inserted their reference rows: the backup has them as they were.
  await repository.truncate(names);

  const byName = new Map(manifest.tables.map((t) => [t.name, t]));
  const tables = new TableStream(file);
  let copy: Writable | undefined;
  // One promise per COPY for its end, raced by every wait for 'drain' (one per wait would pile up listeners).
  let copied: Promise<void> = Promise.resolve();
  let table: BackupTable | undefined;
  try {
    for await (const event of readBackupFile(file)) {
      if (event.kind === 'table') {
        tables.begin(event.name);
        table = byName.get(event.name);
        if (!table) throw tables.damaged(`table ${event.name}, which its manifest does not list`);
        copy = repository.copyIn(table.name, table.columns);
        copied = finished(copy);
        copied.catch(() => undefined);
      } else if (event.kind === 'data' && copy && table) {
        tables.data(event.bytes);
        if (!copy.write(event.bytes)) await Promise.race([once(copy, 'drain'), copied]);
        progress.table(table.name, tables.digest.rows, tables.digest.bytes, false);
      } else if (event.kind === 'table-end' && copy && table) {
        const { digest } = tables.end();
        copy.end();
        await copied;
        copy = undefined;
        // The file was verified, but it could have changed since: check before committing.
        assertTableMatches(file, table, {
          rows: digest.rows,
          bytes: digest.bytes,
          sha256: digest.sha256(),
        });
        progress.table(table.name, digest.rows, digest.bytes, true);
      }
    }
  } catch (error) {
    // Ends the COPY with an error, so the connection can roll back.
    if (copy && !copy.destroyed) {
      copy.destroy(new Error('restore abandoned'));
      await copied.catch(() => undefined);
    }
    throw error;
  }
  for (const name of names) await repository.setUserTriggers(name, true);
}
