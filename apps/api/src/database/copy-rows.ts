import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of a COPY row; null is SQL NULL. */
export type CopyValue = string | number | null;

/**
 * Writes rows into a table with COPY (text format) on the given client, in
 * the client's transaction: the fastest way into Postgres for bulk imports.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: readonly CopyValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  const lines = rows.map((row) => `${row.map(copyText).join('\t')}\n`);
  await pipeline(
    Readable.from(lines),
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
}

function copyText(value: CopyValue): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}
