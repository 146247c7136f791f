import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { exportLabel } from './export-labels.js';
import { cellOf, type CellKind, type ExportTable, type TypedCell } from './export-table.js';
import type { ExportLanguage } from './export-writer.js';

/**
 * How every Fita workbook looks (issue 8): a styled, frozen, filterable header
 * row, column widths, number and date formats by kind of value, document
 * properties, values and never formulas; and how a sheet of a million rows is
 * streamed in bounded memory. The ERDF, publication and manager writers share
 * it so their files read alike.
 */

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel number formats by kind; dates take the language's own (export-labels `excel.*`). */
export const NUMBER_FORMATS: Readonly<Partial<Record<CellKind, string>>> = {
  integer: '0',
  count: '#,##0',
  amount: '#,##0.00',
  share: '0.0%',
  ratio: '0.00',
  growth: '+0.0%;-0.0%;0.0%',
};

const HEADER_FONT: Readonly<Partial<ExcelJS.Font>> = { bold: true };

export const HEADER_STYLE: Readonly<Partial<ExcelJS.Style>> = {
  font: HEADER_FONT,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF7F8C9D' } } },
  alignment: { vertical: 'middle', wrapText: true },
};

/** Rows a sheet can hold (Excel's limit, the header included); the rest go on to a next sheet. */
export const SHEET_ROW_LIMIT = 1_048_576;

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_LENGTH = 31;

/**
 * exceljs hands a sheet's XML to the zip compressor without waiting for it,
 * so a writer faster than deflate would pile the whole sheet up in memory.
 * Past this backlog the next rows wait until the compressor has caught up.
 */
const ZIP_BACKLOG_BYTES = 4 * 2 ** 20;
/** How often (in rows) the backlog is looked at. */
const SETTLE_EVERY_ROWS = 500;

export interface StyledWorkbookProperties {
  title: string;
  subject: string;
  keywords: string;
  /** What the file holds, in a sentence: shown in the document's properties. */
  description: string;
  /** When the export was asked for: the same request gives the same properties. */
  created: Date;
  language: ExportLanguage;
  /** Instants (`dateTime` cells) are shown as the wall-clock time of this zone. */
  timeZone: string;
}

/**
 * Tables as the sheets of one workbook, streamed to `out` (exceljs' streaming
 * writer, no shared strings), each row written as it comes. `onTable` hears
 * when each table starts, for progress. A table longer than `rowsPerSheet`
 * (Excel's limit; smaller only in tests) goes on in sheets named `Name (2)`...
 * Ends `out` once the file is complete.
 */
export async function writeStyledWorkbook(
  out: Writable,
  properties: StyledWorkbookProperties,
  tables: readonly ExportTable[],
  onTable: (index: number) => Promise<void> = () => Promise.resolve(),
  rowsPerSheet = SHEET_ROW_LIMIT,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  setProperties(workbook, properties);
  const dates = {
    date: exportLabel(properties.language, 'excel.date'),
    dateTime: exportLabel(properties.language, 'excel.dateTime'),
  };
  for (const [index, table] of tables.entries()) {
    await onTable(index);
    const formatOf = (cell: TypedCell) => numberFormatOf(cell.kind, dates);
    await writeSheet(workbook, table, formatOf, properties.timeZone, rowsPerSheet);
  }
  await workbook.commit();
}

/** Document properties; the dates are the request's, so one request always gives the same file. */
export function setProperties(workbook: ExcelJS.Workbook, properties: StyledWorkbookProperties) {
  workbook.creator = 'Fita';
  workbook.lastModifiedBy = 'Fita';
  workbook.created = properties.created;
  workbook.modified = properties.created;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords;
  workbook.description = properties.description;
  // dc:language: exceljs writes it, its types do not declare it.
  Object.assign(workbook, { language: properties.language });
}

export function numberFormatOf(
  kind: CellKind,
  dates: { date: string; dateTime: string },
): string | undefined {
  return kind === 'date' || kind === 'dateTime' ? dates[kind] : NUMBER_FORMATS[kind];
}

/** The name of a table's sheet, or of its `part`th sheet when it runs past Excel's row limit. */
export function sheetName(title: string, part = 1): string {
  const clean = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  const suffix = part === 1 ? '' : ` (${part})`;
  return clean.slice(0, SHEET_NAME_LENGTH - suffix.length) + suffix;
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: ExportTable,
  formatOf: (cell: TypedCell) => string | undefined,
  timeZone: string,
  rowsPerSheet: number,
): Promise<void> {
  // One style object per format (and one for none), shared by every cell that
  // has it: exceljs looks a style up by object identity first, which spares it
  // rendering a style to XML for each cell, the costliest step of a large sheet.
  const styles = new Map<string | undefined, Partial<ExcelJS.Style>>();
  const styleOf = (numFmt: string | undefined) => {
    let style = styles.get(numFmt);
    if (style === undefined) {
      style = numFmt === undefined ? {} : { numFmt };
      styles.set(numFmt, style);
    }
    return style;
  };
  let part = 1;
  let sheet = openSheet(workbook, table, part);
  let rows = 1;
  for await (const values of table.rows) {
    if (rows === rowsPerSheet) {
      sheet.commit();
      part += 1;
      sheet = openSheet(workbook, table, part);
      rows = 1;
    }
    const cells = table.columns.map((column, i) => cellOf(values[i] ?? null, column));
    const row = sheet.addRow(cells.map((cell) => excelValue(cell, timeZone)));
    cells.forEach((cell, i) => {
      row.getCell(i + 1).style = styleOf(cell.value === null ? undefined : formatOf(cell));
    });
    row.commit();
    rows += 1;
    if (rows % SETTLE_EVERY_ROWS === 0) await settle(sheet);
  }
  sheet.commit();
}

function openSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: ExportTable,
  part: number,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(table.title, part), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  const header = sheet.addRow(table.columns.map((column) => column.header));
  // The row is bold too, so that a heading someone types past the table's
  // columns matches; only the font, as a row fill would colour the row to
  // the sheet's last column.
  header.font = HEADER_FONT;
  header.eachCell((cell) => {
    cell.style = { ...HEADER_STYLE };
  });
  header.commit();
  return sheet;
}

/** Dates as Excel dates, shares as fractions (shown as %), nothing a reader would have to recompute. */
function excelValue(cell: TypedCell, timeZone: string): ExcelJS.CellValue {
  const { kind, value } = cell;
  if (kind === 'date' && typeof value === 'string') return calendarDate(value);
  if (kind === 'dateTime' && value instanceof Date) return wallClock(value, timeZone);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** The zip entry's input as archiver makes it: a readable-stream 2 PassThrough. */
interface ZipEntryInput extends NodeJS.EventEmitter {
  _writableState?: { length: number };
}

interface SheetInternals {
  stream?: { pipes?: ZipEntryInput[] };
}

/** Waits while the compressor is more than ZIP_BACKLOG_BYTES behind this sheet. */
async function settle(sheet: ExcelJS.Worksheet): Promise<void> {
  // exceljs' sheet stream pipes into the zip entry's input; its buffered length is the backlog.
  const input = (sheet as unknown as SheetInternals).stream?.pipes?.[0];
  // readable-stream 2 has no `writableLength` getter.
  const backlog = input?._writableState?.length ?? 0;
  if (input !== undefined && backlog > ZIP_BACKLOG_BYTES) await once(input, 'drain');
}

/** A `YYYY-MM-DD` date as the midnight-UTC Date that Excel shows as that date. */
export function calendarDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${isoDate}" is not a calendar date.`);
  return date;
}

/**
 * An instant as the Date whose UTC fields are its wall-clock time in `timeZone`:
 * Excel dates have no zone, and a reader expects the reporting zone's time.
 */
export function wallClock(instant: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
      instant.getUTCMilliseconds(),
    ),
  );
}
