import path from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { Config } from '../config/config.js';
import { defaultBackupFileName } from '../database/backup/backup-format.js';
import { createBackup } from '../database/backup/backup.service.js';
import { UsageError } from '../run-main.js';
import { reportingBackupErrors } from './backup-errors.js';
import { databaseForBackup } from './backup-database.js';
import { megabytes, stderrProgress } from './backup-progress.js';
import { parseBackupArgs } from './backup-args.js';

export const BACKUP_USAGE = `npm run fita -- backup [--output FILE]    (default: backups/fita-<UTC time>.fita-backup in the working directory)`;

/** `fita backup`: the whole database in one file, from one snapshot; Fita may keep running. */
export async function backupCommand(
  config: Config,
  logger: LoggerService,
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<void> {
  return reportingBackupErrors(async () => {
    const { options, positional } = parseBackupArgs(args, { values: ['output'], flags: [] });
    if (positional.length > 0) {
      throw new UsageError(`Unexpected "${positional.join(' ')}". Usage:\n${BACKUP_USAGE}`);
    }
    const output = path.resolve(
      options['output'] ?? path.join('backups', defaultBackupFileName(new Date())),
    );
    const database = await databaseForBackup(config, logger);
    try {
      const progress = stderrProgress('backup', err);
      progress.step(
        `backing up ${database.description}${database.online ? ' (online: Fita may keep working)' : ''} to ${output}`,
      );
      const { file, manifest, seconds } = await createBackup({
        databaseUrl: database.url,
        output,
        progress,
      });
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      const bytes = manifest.tables.reduce((sum, t) => sum + t.bytes, 0);
      out.write(
        [
          `Backup written to ${file.path}`,
          `  tables      ${manifest.tables.length}, ${rows.toLocaleString('en')} rows, ${megabytes(bytes)} of table data`,
          `  migrations  ${manifest.migrations.length}, the last ${manifest.migrations.at(-1) ?? '(none)'}`,
          `  file        ${megabytes(file.bytes)}, SHA-256 ${file.sha256}`,
          `  time        ${seconds.toFixed(1)} s`,
          '',
        ].join('\n'),
      );
    } finally {
      await database.stop();
    }
  });
}
