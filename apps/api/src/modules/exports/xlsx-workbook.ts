import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { exportLabel } from './export-labels.js';
import type { ExportLanguage } from './export-writer.js';
import { cellOf, type CellKind, type ExportTable, type TypedCell } from './export-table.js';

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookProperties {
  title: string;
  subject: string;
  keywords: string;
  /** When the export was asked for: the same request gives the same properties. */
  created: Date;
  language: ExportLanguage;
  /** Instants (`dateTime` cells) are shown as the wall-clock time of this zone. */
  timeZone: string;
}

/** Excel number formats by kind; dates take the language's own (see export-labels). */
const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  integer: '0',
  count: '#,##0',
  share: '0.0%',
  ratio: '0.00',
  growth: '+0.0%;-0.0%;0.0%',
};

/**
 * Tables as sheets of one workbook, streamed to `out` row by row (exceljs'
 * streaming writer), so a sheet of a million rows never sits in memory.
 * Each sheet: a bold, frozen header row, column widths, formatted values
 * and no formulas. `onTable` hears when each table starts, for progress.
 * Ends `out` once the file is complete.
 */
export async function writeXlsxWorkbook(
  out: Writable,
  properties: WorkbookProperties,
  tables: readonly ExportTable[],
  onTable: (index: number) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Fita';
  workbook.lastModifiedBy = 'Fita';
  workbook.created = properties.created;
  workbook.modified = properties.created;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords;

  const formats = {
    date: exportLabel(properties.language, 'excel.date'),
    dateTime: exportLabel(properties.language, 'excel.dateTime'),
  };
  for (const [index, table] of tables.entries()) {
    await onTable(index);
    const sheet = workbook.addWorksheet(table.title, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({ width: column.width }));
    const header = sheet.addRow(table.columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    for await (const values of table.rows) {
      const cells = table.columns.map((column, i) => cellOf(values[i] ?? null, column));
      const row = sheet.addRow(cells.map((cell) => excelValue(cell, properties.timeZone)));
      cells.forEach((cell, i) => {
        const numFmt =
          cell.kind === 'date' || cell.kind === 'dateTime'
            ? formats[cell.kind]
            : NUMBER_FORMATS[cell.kind];
        if (numFmt && cell.value !== null) row.getCell(i + 1).numFmt = numFmt;
      });
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

function excelValue(cell: TypedCell, timeZone: string): ExcelJS.CellValue {
  const { kind, value } = cell;
  if (kind === 'date' && typeof value === 'string') return calendarDate(value);
  if (kind === 'dateTime' && value instanceof Date) return wallClock(value, timeZone);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
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
