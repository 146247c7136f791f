import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openTabularFile, UnreadableFileError } from './tabular-file.js';

// How an upload is cut into chunks depends on the network and the machine's
// load, never on the file: the same workbook must read the same whichever way
// it arrives. Cutting it into one-byte chunks also cuts the inflated XML
// inside it into chunks that split multi-byte characters; cutting it in two
// at the wrong byte made exceljs's own reader lose the entry it stores last.

const HEADER = ['activity_id', 'title', 'programme'];
const ROWS = [
  ['https://lms.example.org/courses/1', 'Ofimàtica bàsica: “Excel” i més', 'Dones, TIC'],
  ['https://lms.example.org/courses/2', 'Programació en Python 🐍', 'IT Academy'],
  ['https://lms.example.org/courses/3', 'Ciberseguretat per a pimes · 東京', 'cibernàrium'],
  ['https://lms.example.org/courses/4', ';"" é', 'Ærø; Marstal'],
];

async function workbookBytes(cells: 'shared' | 'inline'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates, so that the file is the same on every run.
  workbook.created = workbook.modified = new Date('2021-03-12T09:00:00Z');
  const sheet = workbook.addWorksheet('catalogue');
  for (const row of [HEADER, ...ROWS]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: cells === 'shared' }));
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

  it('reads a workbook cut in two anywhere in its first KiB', async () => {
    // exceljs's reader lost xl/workbook.xml when cut at bytes 226, 481 and 992 of this file.
    const bytes = await workbookBytes('shared');
    const misread: string[] = [];
    for (let cut = 1; cut <= 1024; cut += 1) {
      const halves = Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]);
      const file = await readAll(halves).catch((error: Error) => error.message);
      if (JSON.stringify(file) !== JSON.stringify({ header: HEADER, rows: ROWS })) {
        misread.push(`cut at ${cut}: ${JSON.stringify(file)}`);
      }
    }
    expect(misread).toEqual([]);
  }, 120_000);

  it('reads the leftmost tab, wherever the archive stores its sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('stored first').addRows([['activity_id'], ['from the second tab']]);
    workbook.addWorksheet('leftmost').addRows([['activity_id'], ['from the first tab']]);
    // Moving a tab in a spreadsheet program reorders the workbook's list of
    // sheets, not the archive's parts: sheet2.xml becomes the leftmost tab.
    const archive = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const book = await archive.file('xl/workbook.xml')!.async('string');
    const [first, second] = book.match(/<sheet [^>]*\/>/g)!;
    archive.file('xl/workbook.xml', book.replace(first + second, second + first));
    const bytes = await archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await readAll(Readable.from([bytes]))).toEqual({
      header: ['activity_id'],
      rows: [['from the first tab']],
    });
  });

  it('refuses an archive that is not a workbook, naming the part it lacks', async () => {
    const zip = new ExcelJS.Workbook();
    zip.addWorksheet('data').addRow(['activity_id']);
    const bytes = Buffer.from(await zip.xlsx.writeBuffer());
    // The same archive with its workbook part renamed.
    const renamed = Buffer.from(
      bytes.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmz'),
      'latin1',
    );
    await expect(readAll(Readable.from([renamed]))).rejects.toThrow(
      /cannot be read as an XLSX workbook.*no xl\/workbook\.xml/,
    );
  });

  it('leaves no temporary copy behind, whether its rows are read, left unread or unreadable', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'fita-spec-'));
    try {
      const bytes = await workbookBytes('shared');
      const file = await openTabularFile(Readable.from([bytes]), scratch);
      expect(await readdir(scratch)).toHaveLength(1); // the copy, while the rows are read
      for await (const row of file.rows) expect(row.values).toHaveLength(HEADER.length);
      await (await openTabularFile(Readable.from([bytes]), scratch)).close();
      await expect(
        openTabularFile(Readable.from([bytes.subarray(0, 100)]), scratch),
      ).rejects.toThrow(UnreadableFileError);
      expect(await readdir(scratch)).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
