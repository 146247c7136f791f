import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

/**
 * exceljs 4.4.0's streaming reader has two defects that depend only on how
 * the bytes of a workbook arrive, so that the same upload reads one way on
 * one request and another way on the next:
 *
 * - It reads the archive in one pass through unzipper's `Parse`, which says
 *   it has ended as soon as its input is written, before the entries still
 *   buffered are read. The reader then stops early and loses the entries
 *   stored last: `xl/workbook.xml`, where exceljs's own writer puts it. A
 *   valid file is refused with "Cannot read properties of undefined (reading
 *   'sheets')" (exceljs issue 3064).
 * - It turns each chunk of inflated XML into text on its own, so a character
 *   whose UTF-8 bytes straddle two chunks becomes U+FFFD (issues 2063, 2316).
 *
 * This reader takes a workbook saved to a file and reads it through the ZIP
 * central directory, which lists every entry and is the archive's own index:
 * relationships, workbook and shared strings first, then the sheets in the
 * order of their tabs. The XML goes to exceljs's parsers as text decoded
 * across chunk boundaries. Rows are still read one at a time.
 */
interface ExceljsReaderSteps {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<ReaderEvent>;
  _parseWorksheet(chunks: AsyncIterable<string>, sheetNo: string): Generator<ReaderEvent>;
}
interface ReaderEvent {
  eventType: string;
  value: unknown;
}

const exceljsSteps = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<
  string,
  unknown
>;
// An exceljs upgrade that renames these steps must fail loudly, not misread quietly.
for (const step of ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseWorksheet']) {
  if (typeof exceljsSteps[step] !== 'function') {
    throw new Error(`exceljs no longer has the reader step ${step} that WorkbookFileReader uses`);
  }
}

const SHEET_PART = /^(?:\/?xl\/)?worksheets\/sheet(\d+)\.xml$/;

export class WorkbookFileReader extends ExcelJS.stream.xlsx.WorkbookReader {
  /** The file's read streams, closed when reading ends, however it ends. */
  private readonly opened = new Set<Readable>();

  constructor(
    private readonly path: string,
    options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
  ) {
    super(path, options);
  }

  override async *parse(): AsyncGenerator<ReaderEvent> {
    try {
      yield* this.parts();
    } finally {
      for (const stream of this.opened) stream.destroy();
    }
  }

  private async *parts(): AsyncGenerator<ReaderEvent> {
    const steps = this as unknown as ExceljsReaderSteps;
    const archive = await unzipper.Open.custom({
      size: async () => (await stat(this.path)).size,
      stream: (offset, length) => this.open(offset, length),
    });
    const part = (name: string) => archive.files.find((file) => file.path === name);

    const rels = part('xl/_rels/workbook.xml.rels');
    const book = part('xl/workbook.xml');
    if (!rels || !book) {
      throw new Error('the archive has no xl/workbook.xml with its relationships');
    }
    await steps._parseRels(rels.stream());
    await steps._parseWorkbook(book.stream());
    const sharedStrings = part('xl/sharedStrings.xml');
    if (sharedStrings) {
      const text = sharedStrings.stream();
      text.setEncoding('utf8');
      yield* steps._parseSharedStrings(text);
    }
    for (const sheetNo of sheetsInTabOrder(steps)) {
      const sheet = part(`xl/worksheets/sheet${sheetNo}.xml`);
      if (sheet) yield* steps._parseWorksheet(utf8Text(sheet.stream()), sheetNo);
    }
  }

  /** `length` bytes from `offset`, or the rest of the file. */
  private open(offset: number, length?: number): Readable {
    const end = length ? offset + length - 1 : undefined;
    const stream = createReadStream(this.path, { start: offset, end });
    this.opened.add(stream);
    stream.once('close', () => this.opened.delete(stream));
    return stream;
  }
}

/** The numbers of the sheet parts (`sheetN.xml`), in the order the workbook shows their tabs. */
function sheetsInTabOrder(steps: ExceljsReaderSteps): string[] {
  const targets = new Map((steps.workbookRels ?? []).map((rel) => [rel.Id, rel.Target]));
  return (steps.model?.sheets ?? []).flatMap((sheet) => {
    const number = SHEET_PART.exec(targets.get(sheet.rId) ?? '')?.[1];
    return number === undefined ? [] : [number];
  });
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
