import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { WorkbookFileReader } from './workbook-file-reader.js';

/** A data row of an imported file with its line number (the header is line 1). */
export interface TabularRow {
  row: number;
  values: string[];
}

export interface TabularFile {
  header: string[];
  rows: AsyncIterable<TabularRow>;
  /** Stops reading and frees what reading holds (an XLSX file's temporary copy); for rows left unread. */
  close(): Promise<void>;
}

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/**
 * The file cannot be read on from `row` (a line number, the header being 1):
 * malformed CSV quoting, or a damaged workbook. `column` is the index of the
 * value at fault when known. Imports report it as that row's error (422).
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly row: number,
    readonly column: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/**
 * Opens a CSV (UTF-8, with a header) or XLSX (first sheet) upload as a stream
 * of rows, so a million-row file never sits in memory. XLSX is recognised by
 * its content (a ZIP archive), not by the name the client gave it.
 */
export async function openTabularFile(
  source: Readable,
  /** Where an XLSX upload's temporary copy goes. */
  scratch = os.tmpdir(),
): Promise<TabularFile> {
  const [first, rest] = await peek(source);
  const rows = first.subarray(0, 4).equals(ZIP_MAGIC) ? xlsxRows(rest, scratch) : csvRows(rest);
  const iterator = rows[Symbol.asyncIterator]();
  const head = await iterator.next();
  const header = head.done ? [] : head.value.values.map((name) => name.trim());
  return {
    header,
    rows: { [Symbol.asyncIterator]: () => iterator },
    close: async () => {
      await iterator.return(undefined);
    },
  };
}

async function* csvRows(source: Readable): AsyncGenerator<TabularRow> {
  // A malformed record must not destroy the parser: the records parsed before
  // it would be dropped unread. It is noted instead, and reading stops there.
  let parsed = 0;
  let unreadable: { after: number; error: CsvError } | undefined;
  const parser = parse({
    bom: true,
    // Rows keep their own length: the caller reports a wrong count as a row error.
    relax_column_count: true,
    // Any line ending ends a record, so files with mixed endings read line by line.
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      parsed += 1;
      return record;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error && !unreadable) unreadable = { after: parsed, error };
    },
  });
  // pipe() does not pass errors on: an upload cut short must fail the import.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  // Line numbers are counted here: a record takes one line plus the line
  // breaks inside its quoted values (csv-parse counts a quoted CRLF as two).
  let row = 1;
  let read = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (unreadable && read >= unreadable.after) break;
    read += 1;
    const first = row;
    row += 1 + record.reduce((breaks, value) => breaks + (value.match(LINE_BREAK)?.length ?? 0), 0);
    if (record.length === 1 && record[0] === '') continue; // a blank line
    yield { row: first, values: record };
  }
  if (unreadable) {
    source.unpipe(parser);
    source.resume(); // the rest of the upload is not read
    throw new UnreadableFileError(row, columnOf(unreadable.error), csvProblem(unreadable.error));
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

function columnOf(error: CsvError): number | null {
  const column = (error as CsvError & { column?: unknown }).column;
  return typeof column === 'number' ? column : null;
}

/** What is wrong, in the words of the file's author rather than of the parser. */
function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'opens a quoted value (") that is never closed, so the rest of the file cannot be read';
    case 'INVALID_OPENING_QUOTE':
      return 'has a quote (") inside a value that does not start with one: quote the whole value and write the quote twice ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'has text after the closing quote of a value: a quote inside a quoted value is written twice ("")';
    default:
      return `cannot be read as CSV (${error.code}): ${error.message}`;
  }
}

async function* xlsxRows(source: Readable, scratch: string): AsyncGenerator<TabularRow> {
  // A ZIP archive's index is at its end, and reading one in a single pass
  // loses entries (see WorkbookFileReader): the upload is saved to a file
  // first. An upload cut short (too large, connection lost) fails as it is.
  const folder = await mkdtemp(path.join(scratch, 'fita-import-'));
  let nextRow = 1;
  try {
    const file = path.join(folder, 'upload.xlsx');
    await pipeline(source, createWriteStream(file));
    try {
      const workbook = new WorkbookFileReader(file, {
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'ignore',
        worksheets: 'emit',
      });
      // The first sheet only (spec section 9): the leftmost tab.
      for await (const sheet of workbook) {
        let width = 0;
        for await (const row of sheet) {
          // row.values is 1-based: index 0 is always empty.
          const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
          if (values.some((value) => value !== '')) {
            // A sheet row ends at its last non-empty cell: empty trailing cells are
            // padded back to the header's width.
            if (width === 0) width = values.length;
            while (values.length < width) values.push('');
            yield { row: row.number, values };
          }
          nextRow = row.number + 1;
        }
        break;
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UnreadableFileError(
        nextRow,
        null,
        `cannot be read as an XLSX workbook: the file is damaged or is not one (${reason})`,
      );
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A cell as the text a person sees in it. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return String(value.error);
  }

  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/**
 * The first bytes of a stream (at least the four that tell a ZIP archive,
 * however the upload was cut into chunks), and a stream that still yields
 * everything.
 */
async function peek(source: Readable): Promise<[Buffer, Readable]> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const seen: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (!ended && length < ZIP_MAGIC.length) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else {
      seen.push(Buffer.from(next.value));
      length += next.value.length;
    }
  }
  const head = Buffer.concat(seen);
  async function* all() {
    if (head.length > 0) yield head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return [head, Readable.from(all())];
}
