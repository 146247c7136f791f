import { BackupError } from '../database/backup/backup.error.js';
import { UsageError } from '../run-main.js';

/** Runs a backup or restore; its expected failures reach the terminal as one sentence, no stack. */
export async function reportingBackupErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof BackupError) throw new UsageError(error.message);
    throw error;
  }
}
