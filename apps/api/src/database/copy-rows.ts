import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const CHUNK = 256 * 1024;

/** A value of a COPY row; null is SQL NULL. */
export type CopyValue = string | number | null;

/** Rows going into a table through one COPY; `end` waits until Postgres has them all. */
export interface CopyWriter {
  write(row: readonly CopyValue[]): Promise<void>;
  end(): Promise<void>;
  /** Cancels the COPY (CopyFail), so that the connection can roll back. */
  abort(): Promise<void>;
}

/**
 * Opens one COPY (text format) into a table on the given client, in the
 * client's transaction: the fastest way into Postgres for bulk imports. Rows
 * are written as they come, so Postgres parses them while the caller reads
 * on; a full buffer makes `write` wait.
 */
export function openCopy(
  client: PoolClient,
  table: string,
  columns: readonly string[],
): CopyWriter {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure = error;
  });
  // One promise for the stream's end, raced by every wait for 'drain': a new
  // finished() per wait would add listeners until the COPY ends.
  const done = finished(stream);
  done.catch(() => undefined);
  // Rows are sent in chunks: one socket write per row would cost more than the row.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.join('');
    pending = [];
    pendingLength = 0;
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
  };
  return {
    async write(row) {
      if (failure) throw failure;
      const line = `${row.map(copyText).join('\t')}\n`;
      pending.push(line);
      pendingLength += line.length;
      if (pendingLength >= CHUNK) await flush();
    },
    async end() {
      await flush();
      stream.end();
      await done;
    },
    async abort() {
      if (stream.writableFinished || stream.destroyed) return;
      stream.destroy(new Error('import abandoned'));
      await done.catch(() => undefined);
    },
  };
}

function copyText(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : value;
}
