import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { openTabularFile } from './tabular-file.js';

// How an upload is cut into chunks depends on the network and the machine's
// load, never on the file: the same workbook must read the same whichever way
// it arrives. Cutting it into one-byte chunks also cuts the inflated XML
// inside it into chunks that split multi-byte characters.

const HEADER = ['activity_id', 'title', 'programme'];
const ROWS = [
  ['https://lms.example.org/courses/1', 'Ofimàtica bàsica: “Excel” i més', 'Dones, TIC'],
  ['https://lms.example.org/courses/2', 'Programació en Python 🐍', 'IT Academy'],
  ['https://lms.example.org/courses/3', 'Ciberseguretat per a pimes · 東京', 'cibernàrium'],
  ['https://lms.example.org/courses/4', ';"" é', 'Ærø; Marstal'],
];

async function workbookBytes(cells: 'shared' | 'inline'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('catalogue');
  for (const row of [HEADER, ...ROWS]) sheet.addRow(row);
  const bytes = Buffer.from(
    await workbook.xlsx.writeBuffer({ useSharedStrings: cells === 'shared' }),
  );
  return bytes;
}

function inChunks(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

async function readAll(source: Readable): Promise<{ header: string[]; rows: string[][] }> {
  const file = await openTabularFile(source);
  const rows: string[][] = [];
  for await (const row of file.rows) rows.push(row.values);
  return { header: file.header, rows };
}

describe('openTabularFile on an XLSX upload', () => {
  for (const cells of ['shared', 'inline'] as const) {
    it.each([1, 3, 7, 64, 1 << 20])(
      `reads %i-byte chunks of a workbook with ${cells} strings as written`,
      async (size) => {
        const file = await readAll(inChunks(await workbookBytes(cells), size));
        expect(file).toEqual({ header: HEADER, rows: ROWS });
      },
    );
  }
});
