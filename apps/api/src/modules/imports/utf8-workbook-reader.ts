import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/**
 * exceljs's streaming reader (4.4.0) turns each chunk of a sheet's or the
 * shared strings' XML into text on its own, so a character whose UTF-8 bytes
 * straddle two chunks of the inflated stream becomes U+FFFD (exceljs issues
 * 2063 and 2316). Where the chunks fall depends on how the upload arrived, so
 * the same file could import "Programació" once and "Programaci��" the next.
 * This reader gives exceljs's XML parser text decoded across chunk
 * boundaries, through the two internal steps that read XML text of cells.
 */
interface CellTextSteps {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

const exceljsSteps = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as CellTextSteps;
// An exceljs upgrade that renames these steps must fail loudly, not garble quietly.
if (
  typeof exceljsSteps._parseSharedStrings !== 'function' ||
  typeof exceljsSteps._parseWorksheet !== 'function'
) {
  throw new Error('exceljs no longer has the reader steps Utf8WorkbookReader wraps');
}

export class Utf8WorkbookReader
  extends ExcelJS.stream.xlsx.WorkbookReader
  implements CellTextSteps
{
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    entry.setEncoding('utf8');
    return exceljsSteps._parseSharedStrings.call(this, entry);
  }

  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    return exceljsSteps._parseWorksheet.call(this, utf8Text(chunks), sheetNo);
  }
}

async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}
