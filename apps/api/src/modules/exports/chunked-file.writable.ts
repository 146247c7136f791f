import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';

/** About 1 MiB per stored chunk: few rows for a large file, little memory held. */
export const CHUNK_BYTES = 1024 * 1024;

/** Stores one chunk of the file; `seq` counts from 0 in file order. */
export type ChunkStore = (seq: number, bytes: Buffer) => Promise<void>;

/**
 * Where a writer's bytes go: batched into chunks of `chunkBytes` and handed
 * to `store` one at a time. The write callback waits for the store, so a
 * writer faster than the database is held back (backpressure) instead of
 * piling the file up in memory. Counts and hashes the bytes as they pass.
 */
export class ChunkedFileWritable extends Writable {
  private readonly hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private nextSeq = 0;
  private total = 0;
  private digest: string | null = null;

  constructor(
    private readonly store: ChunkStore,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    super();
  }

  /** Bytes written so far. */
  get byteSize(): number {
    return this.total;
  }

  /** SHA-256 (hex) of the whole file, once it is finished. */
  get sha256(): string {
    if (this.digest === null) throw new Error('The file is not finished yet.');
    return this.digest;
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.hash.update(chunk);
    this.total += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.chunkBytes) {
      callback();
      return;
    }
    this.storeFull().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.storeRest().then(() => {
      this.digest = this.hash.digest('hex');
      callback();
    }, callback);
  }

  private async storeFull(): Promise<void> {
    let buffered = Buffer.concat(this.pending, this.pendingBytes);
    while (buffered.length >= this.chunkBytes) {
      await this.store(this.nextSeq++, buffered.subarray(0, this.chunkBytes));
      buffered = buffered.subarray(this.chunkBytes);
    }
    this.pending = buffered.length > 0 ? [buffered] : [];
    this.pendingBytes = buffered.length;
  }

  private async storeRest(): Promise<void> {
    await this.storeFull();
    if (this.pendingBytes > 0) {
      await this.store(this.nextSeq++, Buffer.concat(this.pending, this.pendingBytes));
      this.pending = [];
      this.pendingBytes = 0;
    }
  }
}
