import { createHash, type Hash } from 'node:crypto';

const NEWLINE = 0x0a;

/**
 * Length, rows and SHA-256 of a table's COPY text data, as it streams by. In
 * COPY text format every row ends with the one unescaped newline it contains
 * (newlines in values are written as \n), so counting newlines counts rows.
 */
export class TableDigest {
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;
  rows = 0;

  update(chunk: Buffer): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) {
      this.rows += 1;
    }
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}
