import type { BackupProgress } from '../database/backup/backup-progress.js';

const EVERY_MS = 2_000;

/**
 * Progress on stderr (stdout keeps the summary): each stage, and for a table
 * that takes a while, its rows and bytes every two seconds and when it is done.
 */
export function stderrProgress(
  label: string,
  err: NodeJS.WritableStream,
  now: () => number = Date.now,
): BackupProgress {
  let lastPrint = now();
  let reported = '';
  return {
    step(message) {
      err.write(`[${label}] ${message}\n`);
      lastPrint = now();
    },
    table(name, rows, bytes, done) {
      const due = now() - lastPrint >= EVERY_MS;
      if (!due && !(done && reported === name)) return;
      err.write(
        `[${label}] ${name}: ${rows.toLocaleString('en')} rows, ${megabytes(bytes)}${done ? ', done' : ''}\n`,
      );
      lastPrint = now();
      reported = done ? '' : name;
    },
  };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
