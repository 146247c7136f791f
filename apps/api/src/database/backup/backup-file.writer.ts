import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { BackupError } from './backup.error.js';
import { BACKUP_MAGIC, FRAME_HEADER_BYTES, type FrameKind } from './backup-format.js';

/** Rows are framed in pieces of about this size: big enough to be cheap, small enough to stream. */
const FRAME_TARGET_BYTES = 256 * 1024;

export interface WrittenBackupFile {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Writes a backup file in the frame format of backup-format.ts. The file is
 * written under a `.partial` name and renamed when complete, so a backup that
 * failed half-way never looks like a finished one.
 */
export class BackupFileWriter {
  private readonly gzip: Gzip;
  private readonly fileHash: Hash = createHash('sha256');
  private fileBytes = 0;
  private readonly done: Promise<void>;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  private constructor(
    readonly target: string,
    private readonly partial: string,
  ) {
    // zlib's default level: most of the size gain of the highest level for far less time.
    this.gzip = createGzip({ level: constants.Z_DEFAULT_COMPRESSION, chunkSize: 256 * 1024 });
    const hashing = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.fileHash.update(chunk);
        this.fileBytes += chunk.length;
        callback(null, chunk);
      },
    });
    this.done = pipeline(this.gzip, hashing, createWriteStream(partial, { flags: 'wx' }));
    this.done.catch(() => undefined);
  }

  /** Refuses to overwrite: an existing file may be the only good backup there is. */
  static async create(target: string): Promise<BackupFileWriter> {
    const resolved = path.resolve(target);
    if (await exists(resolved)) {
      throw new BackupError(
        'file-exists',
        `${resolved} already exists; choose another name with --output.`,
      );
    }
    await mkdir(path.dirname(resolved), { recursive: true });
    const partial = `${resolved}.partial`;
    await rm(partial, { force: true });
    const writer = new BackupFileWriter(resolved, partial);
    await writer.write(BACKUP_MAGIC);
    return writer;
  }

  async json(kind: 'H' | 'T' | 'M', value: unknown): Promise<void> {
    await this.frame(kind, Buffer.from(JSON.stringify(value)));
  }

  /** Table data as it comes; gathered into frames of about FRAME_TARGET_BYTES. */
  async data(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= FRAME_TARGET_BYTES) await this.flushData();
  }

  async endTable(): Promise<void> {
    await this.flushData();
    await this.frame('E', Buffer.alloc(0));
  }

  async finish(): Promise<WrittenBackupFile> {
    this.gzip.end();
    await this.done;
    await rename(this.partial, this.target);
    return { path: this.target, bytes: this.fileBytes, sha256: this.fileHash.digest('hex') };
  }

  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => undefined);
    await rm(this.partial, { force: true });
  }

  private async flushData(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const payload = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.frame('D', payload);
  }

  private async frame(kind: FrameKind, payload: Buffer): Promise<void> {
    const header = Buffer.alloc(FRAME_HEADER_BYTES);
    header.write(kind, 0, 'latin1');
    header.writeUInt32BE(payload.length, 1);
    await this.write(header);
    if (payload.length > 0) await this.write(payload);
  }

  private async write(bytes: Buffer): Promise<void> {
    if (!this.gzip.write(bytes)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
