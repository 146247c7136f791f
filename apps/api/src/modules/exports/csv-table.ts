import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { cellOf, type ExportTable, type TypedCell } from './export-table.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark. */
const BOM = '\uFEFF';
/** RFC 4180: lines end with CR LF. */
const EOL = '\r\n';
/** Rows are written in batches so that a large table is not one write per row. */
const BATCH_ROWS = 500;

/**
 * One table as an RFC 4180 CSV file: UTF-8 with BOM, comma-separated, the
 * header in the table's language, numbers unformatted with a dot, dates ISO.
 * Waits for `out` to drain, so a large table streams in bounded memory. Ends
 * `out`.
 */
export async function writeCsvTable(out: Writable, table: ExportTable): Promise<void> {
  let batch = BOM + table.columns.map((column) => csvText(column.header)).join(',') + EOL;
  let count = 0;
  for await (const row of table.rows) {
    batch +=
      table.columns.map((column, index) => csvValue(cellOf(row[index] ?? null, column))).join(',') +
      EOL;
    count += 1;
    if (count % BATCH_ROWS === 0) {
      await write(out, batch);
      batch = '';
    }
  }
  await write(out, batch);
  out.end();
  await once(out, 'finish');
}

async function write(out: Writable, text: string): Promise<void> {
  if (text !== '' && !out.write(text)) await once(out, 'drain');
}

function csvValue(cell: TypedCell): string {
  const { value } = cell;
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvText(value);
}

/** A text as a field: defused if it could run as a formula, then quoted if need be. */
function csvText(text: string): string {
  return csvField(defused(text));
}

/**
 * Text that a spreadsheet would read as a formula (it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as OWASP
 * advises against CSV injection: a course title or a source typed as
 * `=HYPERLINK(...)` would otherwise run when someone opens the file, and
 * could send its cells elsewhere. A program reading the file as data sees
 * the apostrophe, the price of a file that people open in a spreadsheet.
 * Numbers are never text here, so -5 stays the number -5.
 */
export function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
