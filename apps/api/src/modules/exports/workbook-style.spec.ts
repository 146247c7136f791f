import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { typed, type ExportTable } from './export-table.js';
import {
  calendarDate,
  sheetName,
  wallClock,
  writeStyledWorkbook,
  type StyledWorkbookProperties,
} from './workbook-style.js';

const PROPERTIES: StyledWorkbookProperties = {
  title: 'A title',
  subject: 'A subject',
  keywords: 'a; b',
  description: 'What the file holds.',
  created: new Date('2024-01-02T03:04:05Z'),
  language: 'ca',
  timeZone: 'Europe/Madrid',
};

const TABLE: ExportTable = {
  title: 'Figures',
  columns: [
    { header: 'Name', kind: 'text', width: 20 },
    { header: 'Count', kind: 'count', width: 10 },
    { header: 'Amount', kind: 'amount', width: 12 },
    { header: 'Share', kind: 'share', width: 8 },
    { header: 'Day', kind: 'date', width: 12 },
  ],
  rows: [
    ['=SUM(A1)', 1234, 1573550.5, 0.625, '2020-02-29'],
    ['empty', null, null, null, null],
    [
      'typed',
      typed('text', '<5'),
      typed('integer', 2021),
      null,
      typed('dateTime', new Date('2020-06-01T10:00:00Z')),
    ],
  ],
};

async function workbookOf(
  tables: readonly ExportTable[],
  rowsPerSheet?: number,
): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  await writeStyledWorkbook(out, PROPERTIES, tables, undefined, rowsPerSheet);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
  return workbook;
}

describe('writeStyledWorkbook', () => {
  it('writes a styled, frozen, filterable header, widths and the document properties', async () => {
    const workbook = await workbookOf([TABLE]);
    const sheet = workbook.getWorksheet('Figures')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E1');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Count', 'Amount', 'Share', 'Day']);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('E1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    // The row is bold as a whole, but filled only as far as the table goes.
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.getCell('F1').fill).not.toMatchObject({ pattern: 'solid' });
    expect(sheet.getColumn(1).width).toBe(20);
    expect(workbook).toMatchObject({
      creator: 'Fita',
      title: 'A title',
      subject: 'A subject',
      keywords: 'a; b',
      description: 'What the file holds.',
      language: 'ca',
      created: PROPERTIES.created,
    });
  });

  it('formats values by kind, in the language’s date format, and never writes a formula', async () => {
    const sheet = (await workbookOf([TABLE])).getWorksheet('Figures')!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('=SUM(A1)');
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect([2, 3, 4, 5].map((column) => row.getCell(column).numFmt)).toEqual([
      '#,##0',
      '#,##0.00',
      '0.0%',
      'dd/mm/yyyy',
    ]);
    expect(row.getCell(5).value).toEqual(new Date('2020-02-29T00:00:00Z'));
    // Empty cells stay empty, with no format.
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    const typedRow = sheet.getRow(4);
    expect(typedRow.getCell(2).value).toBe('<5');
    expect(typedRow.getCell(3).numFmt).toBe('0');
    // An instant as the wall-clock time of the reporting zone (12:00 in Madrid).
    expect(typedRow.getCell(5).value).toEqual(new Date('2020-06-01T12:00:00Z'));
    expect(typedRow.getCell(5).numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('goes on in a next sheet, header repeated, past the rows a sheet can hold', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`row ${i}`, i, null, null, null]);
    const workbook = await workbookOf([{ ...TABLE, rows }], 4);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Figures',
      'Figures (2)',
      'Figures (3)',
    ]);
    const names = workbook.worksheets.flatMap((sheet) =>
      sheet
        .getSheetValues()
        .slice(2)
        .map((values) => (values as unknown[])[1]),
    );
    expect(names).toEqual(rows.map((row) => row[0]));
    expect(workbook.getWorksheet('Figures (3)')!.getRow(1).getCell(1).value).toBe('Name');
  });

  it('streams a long table to a slow reader without losing a row', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    const parts: Buffer[] = [];
    out.on('data', (part: Buffer) => {
      parts.push(part);
      out.pause();
      setTimeout(() => out.resume(), 1);
    });
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `person:${i}`,
      i,
      null,
      null,
      '2020-01-01',
    ]);
    const read = new Promise((resolve) => out.on('end', resolve));
    await writeStyledWorkbook(out, PROPERTIES, [{ ...TABLE, rows }]);
    // Written is not yet read: the slow reader still has the last parts to take.
    await read;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Figures')!;
    expect(sheet.rowCount).toBe(20_001);
    expect(sheet.getRow(20_001).getCell(1).value).toBe('person:19999');
  });
});

describe('sheetName', () => {
  it('keeps to Excel’s 31 characters and leaves out the characters it refuses', () => {
    expect(sheetName('Identificació')).toBe('Identificació');
    expect(sheetName('a/b:c*d?e[f]g\\h')).toBe('a b c d e f g h');
    const long = 'Participants by sex and age band of the snapshot';
    expect(sheetName(long)).toHaveLength(31);
    expect(sheetName(long, 12)).toBe(`${long.slice(0, 26)} (12)`);
  });
});

describe('calendarDate and wallClock', () => {
  it('reads a calendar date as the midnight Excel shows as that date, and refuses a non-date', () => {
    expect(calendarDate('2020-02-29')).toEqual(new Date('2020-02-29T00:00:00Z'));
    expect(() => calendarDate('2020-02-30T')).toThrow(RangeError);
  });

  it('gives an instant the wall-clock time of the zone, summer time included', () => {
    expect(wallClock(new Date('2020-01-15T23:30:00Z'), 'Europe/Madrid')).toEqual(
      new Date('2020-01-16T00:30:00Z'),
    );
    expect(wallClock(new Date('2020-07-15T10:00:00.250Z'), 'Europe/Madrid')).toEqual(
      new Date('2020-07-15T12:00:00.250Z'),
    );
  });
});
