import { BackupError } from './backup.error.js';
import { readBackupFile } from './backup-file.reader.js';
import type { BackupHeader, BackupManifest, BackupTable } from './backup-format.js';
import { silentProgress, type BackupProgress } from './backup-progress.js';
import { TableDigest } from './table-digest.js';

/**
 * Reads a whole backup file and checks it against its own manifest: every
 * table present once, in the manifest's order, with its row count, length and
 * SHA-256. Nothing touches a database before this has passed.
 */
export async function verifyBackupFile(
  file: string,
  progress: BackupProgress = silentProgress,
): Promise<BackupManifest> {
  const tables = new TableStream(file);
  let header: BackupHeader | undefined;
  for await (const event of readBackupFile(file)) {
    switch (event.kind) {
      case 'header':
        if (header) throw tables.damaged('a second header');
        header = event.header;
        break;
      case 'table':
        if (!header) throw tables.damaged('a table before the header');
        tables.begin(event.name);
        break;
      case 'data':
        tables.data(event.bytes);
        progress.table(tables.current, tables.digest.rows, tables.digest.bytes, false);
        break;
      case 'table-end': {
        const { name, digest } = tables.end();
        progress.table(name, digest.rows, digest.bytes, true);
        break;
      }
      case 'manifest': {
        if (!header || tables.open) throw tables.damaged('a manifest in the wrong place');
        assertSameHeader(file, header, event.manifest);
        assertMatches(file, event.manifest.tables, tables.seen);
        return event.manifest;
      }
    }
  }
  // readBackupFile throws before its stream ends without a manifest.
  throw new BackupError('truncated', `${file} is truncated: it has no manifest.`);
}

/** The tables as they come out of a file, digested. */
export class TableStream {
  readonly seen: { name: string; digest: TableDigest }[] = [];
  digest = new TableDigest();
  current = '';
  open = false;

  constructor(private readonly file: string) {}

  begin(name: string): void {
    if (this.open) throw this.damaged(`table ${name} starting inside table ${this.current}`);
    if (this.seen.some((t) => t.name === name)) throw this.damaged(`table ${name} twice`);
    this.current = name;
    this.digest = new TableDigest();
    this.open = true;
  }

  data(bytes: Buffer): void {
    if (!this.open) throw this.damaged('table data outside any table');
    this.digest.update(bytes);
  }

  end(): { name: string; digest: TableDigest } {
    if (!this.open) throw this.damaged('the end of a table that never began');
    this.open = false;
    const table = { name: this.current, digest: this.digest };
    this.seen.push(table);
    return table;
  }

  damaged(what: string): BackupError {
    return new BackupError('corrupted', `${this.file} is corrupted: it holds ${what}.`);
  }
}

function assertSameHeader(file: string, header: BackupHeader, manifest: BackupManifest): void {
  const fields = ['format', 'version', 'fitaVersion', 'createdAt'] as const;
  const differing = fields.filter((field) => header[field] !== manifest[field]);
  if (differing.length > 0) {
    throw new BackupError(
      'corrupted',
      `${file} is corrupted: its header and manifest disagree on ${differing.join(', ')}.`,
    );
  }
}

/** Each table's data against the manifest, naming the first table that differs. */
export function assertTableMatches(
  file: string,
  expected: BackupTable,
  actual: { rows: number; bytes: number; sha256: string },
): void {
  const problems = [
    actual.rows !== expected.rows && `${actual.rows} rows where the manifest says ${expected.rows}`,
    actual.bytes !== expected.bytes &&
      `${actual.bytes} bytes where the manifest says ${expected.bytes}`,
    actual.sha256 !== expected.sha256 &&
      `SHA-256 ${actual.sha256} where the manifest says ${expected.sha256}`,
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0) {
    throw new BackupError(
      'corrupted',
      `${file} is corrupted in table ${expected.name}: ${problems.join('; ')}.`,
    );
  }
}

function assertMatches(
  file: string,
  expected: readonly BackupTable[],
  seen: readonly { name: string; digest: TableDigest }[],
): void {
  const names = (list: readonly { name: string }[]) => list.map((t) => t.name).join(', ');
  if (names(expected) !== names(seen)) {
    throw new BackupError(
      'corrupted',
      `${file} is corrupted: it holds the tables ${names(seen) || '(none)'} where its manifest lists ${names(expected) || '(none)'}.`,
    );
  }
  expected.forEach((table, i) => {
    const { digest } = seen[i];
    assertTableMatches(file, table, {
      rows: digest.rows,
      bytes: digest.bytes,
      sha256: digest.sha256(),
    });
  });
}
