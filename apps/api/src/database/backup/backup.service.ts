import pg from 'pg';
import { BackupError } from './backup.error.js';
import { BackupFileWriter, type WrittenBackupFile } from './backup-file.writer.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupManifest,
  type BackupTable,
} from './backup-format.js';
import { silentProgress, type BackupProgress } from './backup-progress.js';
import { BackupRepository } from './backup.repository.js';
import { fitaVersion } from './fita-version.js';
import { TableDigest } from './table-digest.js';
import { dependencyOrder } from './table-order.js';

export interface BackupOptions {
  databaseUrl: string;
  /** The file to write; it must not exist yet. */
  output: string;
  progress?: BackupProgress;
  now?: () => Date;
}

export interface BackupSummary {
  file: WrittenBackupFile;
  manifest: BackupManifest;
  seconds: number;
}

/**
 * Writes every table of Fita's schema (the migrations table included) to one
 * file, from one REPEATABLE READ snapshot: Fita may go on receiving
 * statements, and the file still shows the database as it was at one instant.
 */
export async function createBackup(options: BackupOptions): Promise<BackupSummary> {
  const progress = options.progress ?? silentProgress;
  const started = Date.now();
  const client = new pg.Client({
    connectionString: options.databaseUrl,
    // Not "fita": a restore looks for running Fita processes by that name.
    application_name: 'fita-backup',
  });
  await client.connect();
  let writer: BackupFileWriter | undefined;
  try {
    const repository = new BackupRepository(client, await BackupRepository.currentSchema(client));
    await repository.useStableTextFormats();
    await repository.beginSnapshot();
    const tables = await repository.tables();
    if (!tables.some((t) => t.name === 'migrations')) {
      throw new BackupError(
        'no-fita-schema',
        `The database has no Fita tables in schema "${repository.schema}" (no migrations table): nothing to back up.`,
      );
    }
    const order = dependencyOrder(tables);
    await repository.lockForReading(order);

    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      fitaVersion: fitaVersion(),
      createdAt: (options.now?.() ?? new Date()).toISOString(),
    };
    writer = await BackupFileWriter.create(options.output);
    await writer.json('H', header);
    const written: BackupTable[] = [];
    for (const name of order) {
      written.push(await copyTable(repository, writer, name, progress));
    }
    const migrations = await repository.migrations();
    const sequences = [];
    for (const name of await repository.sequenceNames()) {
      sequences.push({ name, ...(await repository.sequenceState(name)) });
    }
    const manifest: BackupManifest = {
      ...header,
      source: { ...(await repository.source()), schema: repository.schema },
      migrations,
      tables: written,
      sequences,
    };
    await repository.rollback();
    await writer.json('M', manifest);
    const file = await writer.finish();
    return { file, manifest, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await writer?.abort();
    throw error;
  } finally {
    await client.end();
  }
}

async function copyTable(
  repository: BackupRepository,
  writer: BackupFileWriter,
  name: string,
  progress: BackupProgress,
): Promise<BackupTable> {
  const columns = await repository.columns(name);
  await writer.json('T', { name });
  const digest = new TableDigest();
  const rows = repository.copyOut(name, columns);
  for await (const chunk of rows as AsyncIterable<Buffer>) {
    digest.update(chunk);
    await writer.data(chunk);
    progress.table(name, digest.rows, digest.bytes, false);
  }
  // Postgres' own count (COPY n) against the newlines counted: they differ only if the format is not what this file assumes.
  const copied = (rows as unknown as { rowCount: number }).rowCount;
  if (copied !== digest.rows) {
    throw new Error(`COPY of ${name} sent ${copied} rows but ${digest.rows} lines`);
  }
  await writer.endTable();
  progress.table(name, digest.rows, digest.bytes, true);
  return { name, columns, rows: digest.rows, bytes: digest.bytes, sha256: digest.sha256() };
}
