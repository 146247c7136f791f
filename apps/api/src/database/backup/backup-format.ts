import { z } from 'zod';

/**
 * A Fita backup file: one gzip stream holding the magic line, then frames
 * (a kind byte, a 4-byte big-endian length, the payload):
 *
 *   H  header: JSON, the format and version, read first to refuse early
 *   T  a table begins: JSON { name }
 *   D  the table's rows as Postgres' COPY text format, in pieces
 *   E  the table ends (empty)
 *   M  the manifest: JSON, last, with every table's row count, length and SHA-256
 *
 * The manifest comes last because the checksums are known only once every
 * table has been read; a reader therefore goes through the file once to
 * verify it before it loads anything.
 */
export const BACKUP_MAGIC = Buffer.from('FITA-BACKUP\n');
export const BACKUP_FORMAT = 'fita-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.fita-backup';

export const FRAME_HEADER_BYTES = 5;
export type FrameKind = 'H' | 'T' | 'D' | 'E' | 'M';
export const FRAME_KINDS: readonly FrameKind[] = ['H', 'T', 'D', 'E', 'M'];

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  fitaVersion: z.string(),
  createdAt: z.string(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

const columnSchema = z.object({ name: z.string().min(1), type: z.string().min(1) });

export const backupTableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(columnSchema).min(1),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupTable = z.infer<typeof backupTableSchema>;
export type BackupColumn = z.infer<typeof columnSchema>;

export const backupSequenceSchema = z.object({
  name: z.string().min(1),
  // A bigint: kept as text so that no value above 2^53 is rounded.
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});
export type BackupSequence = z.infer<typeof backupSequenceSchema>;

export const backupManifestSchema = backupHeaderSchema.extend({
  source: z.object({ postgres: z.string(), database: z.string(), schema: z.string() }),
  /** Names of the migrations the database had run, in the order it ran them. */
  migrations: z.array(z.string().min(1)),
  tables: z.array(backupTableSchema),
  sequences: z.array(backupSequenceSchema),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** `fita-2026-01-31T10-22-05Z.fita-backup`: sorts by time, no characters a file system dislikes. */
export function defaultBackupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `fita-${stamp}${BACKUP_EXTENSION}`;
}
