import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** A data row of an imported file with its line number (the header is line 1). */
export interface TabularRow {
  row: number;
  values: string[];
}

export interface TabularFile {
  header: string[];
  rows: AsyncIterable<TabularRow>;
}

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/**
 * Opens a CSV (UTF-8, with a header) or XLSX (first sheet) upload as a stream
 * of rows, so a million-row file never sits in memory. XLSX is recognised by
 * its content (a ZIP archive), not by the name the client gave it.
 */
export async function openTabularFile(source: Readable): Promise<TabularFile> {
  const [first, rest] = await peek(source);
  const rows = first.subarray(0, 4).equals(ZIP_MAGIC) ? xlsxRows(rest) : csvRows(rest);
  const iterator = rows[Symbol.asyncIterator]();
  const head = await iterator.next();
  const header = head.done ? [] : head.value.values.map((name) => name.trim());
  return {
    header,
    rows: { [Symbol.asyncIterator]: () => iterator },
  };
}

async function* csvRows(source: Readable): AsyncGenerator<TabularRow> {
  // Rows keep their own length: the caller reports a wrong count as a row error.
  const parser = parse({ bom: true, relax_column_count: true, info: true });
  // pipe() does not pass errors on: an upload cut short must fail the import.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let lastLine = 0;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    const row = lastLine + 1;
    lastLine = info.lines;
    if (record.length === 1 && record[0] === '') continue; // a blank line
    yield { row, values: record };
  }
}

async function* xlsxRows(source: Readable): AsyncGenerator<TabularRow> {
  // The reader does not hear of an upload cut short (too large, connection
  // lost) and would wait for the rest for ever: every step races the failure.
  const failed = new Promise<never>((_, reject) => source.once('error', reject));
  failed.catch(() => undefined);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  const sheets = workbook[Symbol.asyncIterator]();
  const first = await Promise.race([sheets.next(), failed]);
  if (first.done) return;
  // The first sheet only (spec section 9).
  const rows = (first.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  let width = 0;
  for (let next = await Promise.race([rows.next(), failed]); !next.done;) {
    const row = next.value;
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (values.some((value) => value !== '')) {
      // A sheet row ends at its last non-empty cell: empty trailing cells are
      // padded back to the header's width.
      if (width === 0) width = values.length;
      while (values.length < width) values.push('');
      yield { row: row.number, values };
    }
    next = await Promise.race([rows.next(), failed]);
  }
  source.resume(); // later sheets are not read
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

/** The first chunk of a stream, and a stream that still yields everything. */
async function peek(source: Readable): Promise<[Buffer, Readable]> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  async function* all() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return [head, Readable.from(all())];
}
