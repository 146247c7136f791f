import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { z, ZodError, type ZodType } from 'zod';
import { BackupError } from './backup.error.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  backupHeaderSchema,
  backupManifestSchema,
  FRAME_HEADER_BYTES,
  FRAME_KINDS,
  type BackupHeader,
  type BackupManifest,
  type FrameKind,
} from './backup-format.js';

/** The largest frame a writer makes is about 256 KiB; anything far above is damage, not data. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;
/** Output piece size: small enough to say roughly where damage is, big enough to be fast. */
const CHUNK_BYTES = 64 * 1024;

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; name: string }
  | { kind: 'data'; bytes: Buffer }
  | { kind: 'table-end' }
  | { kind: 'manifest'; manifest: BackupManifest };

/**
 * Reads a backup file as a sequence of events, checking its envelope: that
 * it exists, is a gzip stream, starts with the magic line and a header this
 * Fita reads, decompresses without error to the end, and ends right after
 * its manifest. Damage is reported with where it was found (which table).
 * The contents (checksums, order) are the caller's to check.
 */
export async function* readBackupFile(file: string): AsyncGenerator<BackupEvent> {
  await assertGzipFile(file);
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  const source = createReadStream(file, { highWaterMark: 256 * 1024 });
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);

  const buffer = new ChunkBuffer();
  let place = 'at its start';
  let table = '';
  let magicChecked = false;
  let manifestSeen = false;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      buffer.push(chunk);
      if (!magicChecked) {
        if (buffer.length < BACKUP_MAGIC.length) continue;
        if (!buffer.take(BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) throw notABackup(file);
        magicChecked = true;
      }
      for (;;) {
        if (buffer.length < FRAME_HEADER_BYTES) break;
        const head = buffer.peek(FRAME_HEADER_BYTES);
        const kind = String.fromCharCode(head[0]) as FrameKind;
        const length = head.readUInt32BE(1);
        if (!FRAME_KINDS.includes(kind) || length > MAX_FRAME_BYTES || manifestSeen) {
          throw corrupted(file, place);
        }
        if (buffer.length < FRAME_HEADER_BYTES + length) break;
        buffer.take(FRAME_HEADER_BYTES);
        const payload = buffer.take(length);
        switch (kind) {
          case 'H': {
            const header = parseJson(file, place, payload, backupHeaderSchema, 'header');
            assertReadableVersion(file, header);
            place = 'before its first table';
            yield { kind: 'header', header };
            break;
          }
          case 'T': {
            const { name } = parseJson(file, place, payload, tableStartSchema, 'table start');
            table = name;
            place = `in table ${name}`;
            yield { kind: 'table', name };
            break;
          }
          case 'D':
            yield { kind: 'data', bytes: payload };
            break;
          case 'E':
            place = `after table ${table}`;
            yield { kind: 'table-end' };
            break;
          case 'M': {
            const manifest = parseJson(file, place, payload, backupManifestSchema, 'manifest');
            manifestSeen = true;
            yield { kind: 'manifest', manifest };
            break;
          }
        }
      }
    }
  } catch (error) {
    source.destroy();
    gunzip.destroy();
    if (error instanceof BackupError) throw error;
    throw fromStreamError(file, place, error);
  }
  if (!magicChecked) throw notABackup(file);
  if (!manifestSeen || buffer.length > 0) {
    throw new BackupError(
      'truncated',
      `${file} is truncated: it ends ${place}, before the manifest that closes every Fita backup. ` +
        'Copy the file again from where it was written.',
    );
  }
}

const tableStartSchema = z.object({ name: z.string().min(1) });

async function assertGzipFile(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError('file-not-found', `${file} does not exist.`);
    if (code === 'EISDIR') throw new BackupError('not-a-backup', `${file} is a directory.`);
    throw error;
  }
  try {
    const start = Buffer.alloc(2);
    const { bytesRead } = await handle.read(start, 0, 2, 0);
    if (bytesRead < 2 || start[0] !== 0x1f || start[1] !== 0x8b) throw notABackup(file);
  } finally {
    await handle.close();
  }
}

function assertReadableVersion(file: string, header: BackupHeader): void {
  if (header.format === BACKUP_FORMAT && header.version === BACKUP_FORMAT_VERSION) return;
  throw new BackupError(
    'unsupported-format',
    `${file} is a Fita backup in format version ${header.version} (written by Fita ${header.fitaVersion}); ` +
      `this Fita reads version ${BACKUP_FORMAT_VERSION}. Restore it with a Fita of that version or newer.`,
  );
}

function parseJson<T>(
  file: string,
  place: string,
  payload: Buffer,
  schema: ZodType<T>,
  what: string,
): T {
  try {
    return schema.parse(JSON.parse(payload.toString('utf8')));
  } catch (error) {
    const detail =
      error instanceof ZodError
        ? error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ')
        : 'not valid JSON';
    throw new BackupError(
      'corrupted',
      `${file} is corrupted: its ${what} ${place} is unreadable (${detail}).`,
    );
  }
}

function notABackup(file: string): BackupError {
  return new BackupError(
    'not-a-backup',
    `${file} is not a Fita backup (it does not start as one). Fita backups are made with "npm run fita -- backup".`,
  );
}

function corrupted(file: string, place: string): BackupError {
  return new BackupError('corrupted', `${file} is corrupted ${place}: its structure is damaged.`);
}

/**
 * zlib's errors, named for an operator: an early end is truncation, anything
 * else damage. zlib hands out its output in pieces (CHUNK_BYTES), so damage
 * is located as "after the last piece that could be read".
 */
function fromStreamError(file: string, place: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(String(error))) {
    return new BackupError(
      'truncated',
      `${file} is truncated: it ends ${place}. Copy the file again from where it was written.`,
    );
  }
  if (code === 'Z_DATA_ERROR') {
    const where = place === 'at its start' ? 'near its start' : `after what could be read ${place}`;
    return new BackupError(
      'corrupted',
      `${file} is corrupted: its compressed data is damaged (${(error as Error).message}) ${where}.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Incoming chunks, taken out in exact lengths without copying more than needed. */
class ChunkBuffer {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  peek(bytes: number): Buffer {
    return this.gather(bytes).subarray(0, bytes);
  }

  take(bytes: number): Buffer {
    const head = this.gather(bytes);
    const taken = head.subarray(0, bytes);
    if (head.length > bytes) this.chunks[0] = head.subarray(bytes);
    else this.chunks.shift();
    this.length -= bytes;
    return taken;
  }

  /** Makes the first chunk at least `bytes` long. */
  private gather(bytes: number): Buffer {
    const first = this.chunks[0];
    if (first && first.length >= bytes) return first;
    let count = 0;
    let gathered = 0;
    while (gathered < bytes) gathered += this.chunks[count++].length;
    const joined = Buffer.concat(this.chunks.slice(0, count), gathered);
    this.chunks.splice(0, count, joined);
    return joined;
  }
}
