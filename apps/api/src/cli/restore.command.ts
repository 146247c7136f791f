import path from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { Config } from '../config/config.js';
import { verifyBackupFile } from '../database/backup/backup-file.verifier.js';
import type { BackupManifest } from '../database/backup/backup-format.js';
import { restoreBackup } from '../database/backup/restore.service.js';
import { UsageError } from '../run-main.js';
import { reportingBackupErrors } from './backup-errors.js';
import { parseBackupArgs } from './backup-args.js';
import { databaseForRestore } from './backup-database.js';
import { megabytes, stderrProgress } from './backup-progress.js';

export const RESTORE_USAGE = `npm run fita -- restore FILE [--force]    (Fita stopped; --force replaces a database that holds data)
npm run fita -- restore FILE --check      (verifies the file only; no database needed)`;

/** `fita restore FILE`: verifies the file, then replaces the database with it, all or nothing. */
export async function restoreCommand(
  config: Config,
  logger: LoggerService,
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<void> {
  return reportingBackupErrors(async () => {
    const { flags, positional } = parseBackupArgs(args, { values: [], flags: ['force', 'check'] });
    if (positional.length !== 1) {
      throw new UsageError(`Which backup file? Usage:\n${RESTORE_USAGE}`);
    }
    const file = path.resolve(positional[0]);
    const progress = stderrProgress('restore', err);

    if (flags.has('check')) {
      progress.step(`verifying ${file}`);
      const manifest = await verifyBackupFile(file, progress);
      out.write(
        `${file} is a complete Fita backup; every table matches its checksum.\n${contents(manifest)}`,
      );
      return;
    }

    const database = await databaseForRestore(config, logger);
    try {
      const summary = await restoreBackup({
        databaseUrl: database.url,
        file,
        force: flags.has('force'),
        progress,
      });
      out.write(
        [
          `Restored ${file} into ${database.description}`,
          contents(summary.manifest).trimEnd(),
          `  migrations  ${summary.manifest.migrations.length} from the backup, ${summary.appliedAfter.length} newer applied${summary.appliedAfter.length ? ` (${summary.appliedAfter.join(', ')})` : ''}`,
          `  replaced    ${summary.replaced.length > 0 ? summary.replaced.map((t) => `${t.table} ${t.rows.toLocaleString('en')}`).join(', ') : 'nothing (the database was empty)'}`,
          `  time        ${summary.seconds.toFixed(1)} s`,
          '',
        ].join('\n'),
      );
    } finally {
      await database.stop();
    }
  });
}

function contents(manifest: BackupManifest): string {
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const bytes = manifest.tables.reduce((sum, t) => sum + t.bytes, 0);
  return [
    `  made        ${manifest.createdAt} by Fita ${manifest.fitaVersion} (Postgres ${manifest.source.postgres})`,
    `  tables      ${manifest.tables.length}, ${rows.toLocaleString('en')} rows, ${megabytes(bytes)} of table data`,
    '',
  ].join('\n');
}
