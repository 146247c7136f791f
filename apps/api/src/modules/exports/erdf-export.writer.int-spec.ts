import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { postStatements, statement, waitForFreshness } from '../../../test/api-client.js';
import type { FundingIndicatorsView } from '../operations/funding-indicators.service.js';
import type { MoneyIndicatorsView } from '../operations/money-indicators.service.js';
import type { OperationView } from '../operations/operations.service.js';
import type { EvidenceView } from '../snapshots/evidence.service.js';
import type { SnapshotView } from '../snapshots/snapshot.view.js';
import { ErdfExportWriter } from './erdf-export.writer.js';
import type { ExportRequest } from './export-writer.js';
import {
  OPERATION,
  PERIOD,
  REQUESTED_AT,
  headerOf,
  itemsOf,
  readWorkbook,
  rowsOf,
  runWriter,
  setUpExportScene,
  type ExportScene,
} from './snapshot-export.fixture.js';

const SHEETS_EN = [
  'Identification',
  'Indicators',
  'Participants',
  'Money',
  'Definitions',
  'Provenance',
];

/** Issue 8: the ERDF indicator workbook from a snapshot, read back cell by cell. */
describe('ERDF workbook', () => {
  let scene: ExportScene;
  let writer: ErdfExportWriter;
  let snapshot: SnapshotView;
  let workbook: ExcelJS.Workbook;
  let bytes: Buffer;

  const request = (extra: Partial<ExportRequest> = {}): ExportRequest => ({
    kind: 'erdf',
    format: 'xlsx',
    snapshotId: scene.snapshotId,
    language: 'en',
    ...extra,
  });

  beforeAll(async () => {
    scene = await setUpExportScene();
    writer = scene.app.app.get(ErdfExportWriter);
    snapshot = await scene.get<SnapshotView>(`/api/snapshots/${scene.snapshotId}`);
    const run = await runWriter(writer, request(), scene.requesters.admin);
    expect(run.file).toEqual({
      fileName: `fita-erdf-2019-2020-${scene.snapshotId}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    bytes = run.bytes;
    workbook = await readWorkbook(bytes);
  });
  afterAll(() => scene.app.close());

  const sheet = (name: string) => workbook.getWorksheet(name);

  it('has the sheets of the issue, each with a frozen, filterable header and document properties', () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual(SHEETS_EN);
    for (const each of workbook.worksheets) {
      expect(each.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(each.getRow(1).getCell(1).font).toMatchObject({ bold: true });
      expect(each.autoFilter).toBeDefined();
    }
    expect(workbook.creator).toBe('Fita');
    expect(workbook.created).toEqual(REQUESTED_AT);
    expect(workbook.title).toBe('Fita ERDF indicator workbook, 2019-01-01 to 2020-12-31');
    expect(workbook.subject).toContain(OPERATION.code);
    expect(workbook.keywords).toBe(`Fita; ERDF; indicators; ${OPERATION.code}`);
    expect(workbook.description).toContain(scene.snapshotId);
    expect(sheet('Indicators')!.getColumn(4).width).toBe(50);
  });

  it('identifies the operation as GET /api/operations/:id does', async () => {
    const operation = await scene.get<OperationView>(`/api/operations/${scene.operationId}`);
    expect(headerOf(sheet('Identification'))).toEqual(['Item', OPERATION.code]);
    expect(itemsOf(sheet('Identification'))).toEqual({
      'Operation code': operation.code,
      Operation: operation.name,
      'Programme CCI': operation.programmeCci,
      Programme: operation.programmeTitle,
      Fund: 'ERDF',
      'Priority axis': operation.priorityAxis,
      'Specific objective': operation.specificObjective,
      Beneficiary: operation.beneficiary,
      'Start date': new Date('2019-01-01T00:00:00Z'),
      'End date': new Date('2020-12-31T00:00:00Z'),
    });
    expect(sheet('Identification')!.getCell('B10').numFmt).toBe('dd/mm/yyyy');
  });

  it('gives each indicator per year as its rule says, equal to the operation endpoint, never summed', async () => {
    const funding = await scene.get<FundingIndicatorsView>(
      `/api/operations/${scene.operationId}/indicators`,
    );
    const indicators = sheet('Indicators')!;
    expect(headerOf(indicators)).toEqual([
      'Operation',
      'Indicator',
      'Type',
      'Name',
      'Unit',
      'Aggregation rule',
      'Baseline',
      'Baseline year',
      'Milestone',
      'Milestone year',
      'Target',
      'Target year',
      'Year',
      'From',
      'To',
      'Value',
      'Women',
      'Men',
      'Non-binary',
      'Sex unknown',
      '% of target',
      '% of milestone',
      'Source',
    ]);
    const rows = rowsOf(indicators);
    const expected = funding.indicators.flatMap((indicator) =>
      indicator.years.map((year) => [
        indicator.code,
        year.year,
        year.value,
        year.bySex?.woman ?? null,
        year.bySex?.man ?? null,
        year.bySex?.non_binary ?? null,
        year.bySex?.unknown ?? null,
        year.percentOfTarget === null ? null : year.percentOfTarget / 100,
      ]),
    );
    expect(
      rows.map((row) => [row[1], row[12], row[15], row[16], row[17], row[18], row[19], row[20]]),
    ).toEqual(expected);
    // The numbers themselves: cumulative to each year end, then distinct within each year.
    expect(rows.map((row) => [row[1], row[12], row[15]])).toEqual([
      ['E024', 2019, 8],
      ['E024', 2020, 22],
      ['RCO14', 2019, 1],
      ['RCO14', 2020, 1],
      ['RCR11', 2019, 8],
      ['RCR11', 2020, 17],
    ]);
    const e024In2020 = rows[1];
    expect(e024In2020.slice(0, 12)).toEqual([
      OPERATION.code,
      'E024',
      'Output',
      expect.stringContaining('e-government'),
      'users',
      'Cumulative distinct users to each year end',
      0,
      2018,
      8,
      2019,
      20,
      2020,
    ]);
    expect(e024In2020.slice(13, 15)).toEqual([
      new Date('2019-01-01T00:00:00Z'),
      new Date('2020-12-31T00:00:00Z'),
    ]);
    expect(e024In2020.slice(16, 22)).toEqual([11, 2, 0, 9, 22 / 20, 22 / 8]);
    expect(rows[2][22]).toBe(
      'Entered value valid from 2019-03-01: Register of supported institutions',
    );
    expect(rows[0][22]).toBe('Counted from the statements at the cut-off');
    // The last cumulative value is the snapshot's own frozen figure.
    expect(e024In2020[15]).toBe(snapshot.view.users);

    const cell = (row: number, column: number) => indicators.getRow(row + 2).getCell(column + 1);
    expect(cell(1, 15).numFmt).toBe('#,##0');
    expect(cell(1, 12).numFmt).toBe('0');
    expect(cell(1, 13).numFmt).toBe('dd/mm/yyyy');
    expect(cell(1, 20).numFmt).toBe('0.0%');
  });

  it('breaks the participants down by sex within each ESF age band, employment status and ISCED group', () => {
    const participants = sheet('Participants')!;
    expect(headerOf(participants)).toEqual([
      'Breakdown',
      'Category',
      'Total (snapshot)',
      'Women',
      'Men',
      'Non-binary',
      'Sex unknown',
      'Adds up to the snapshot',
    ]);
    const rows = rowsOf(participants);
    const users = snapshot.view.breakdowns.users;
    expect(rows[0]).toEqual(['Total', 'All participants', 22, 11, 2, 0, 9, 'Yes']);
    expect(rows[0].slice(3, 7)).toEqual([
      users.sex['woman'],
      users.sex['man'],
      users.sex['non_binary'],
      users.sex['unknown'],
    ]);
    const byCategory = (breakdown: string) =>
      Object.fromEntries(
        rows
          .filter((row) => row[0] === breakdown)
          .map((row): [string, unknown[]] => [String(row[1]), row.slice(2)]),
      );
    // a1-a8 (39-40) and w1 and m1 are 25-54; w2 and m2 over 54; w3 under 25.
    expect(byCategory('Age')).toEqual({
      '<25': [1, 1, 0, 0, 0, 'Yes'],
      '25-54': [10, 9, 1, 0, 0, 'Yes'],
      '>54': [2, 1, 1, 0, 0, 'Yes'],
      Unknown: [9, 0, 0, 0, 9, 'Yes'],
    });
    expect(byCategory('Employment')['Employed']).toEqual([10, 9, 1, 0, 0, 'Yes']);
    expect(byCategory('Education')['ISCED 5–8: tertiary']).toEqual([10, 9, 1, 0, 0, 'Yes']);
    for (const breakdown of ['Age', 'Employment', 'Education'] as const) {
      const key = { Age: 'ageBand', Employment: 'employment', Education: 'education' } as const;
      const frozen = users[key[breakdown]];
      expect(Object.values(byCategory(breakdown)).map((row) => row[0])).toEqual(
        Object.values(frozen),
      );
    }
  });

  it('gives the money and the co-financing check as GET /api/operations/:id/money does', async () => {
    const money = await scene.get<MoneyIndicatorsView>(
      `/api/operations/${scene.operationId}/money`,
    );
    const rows = rowsOf(sheet('Money'));
    const value = (item: string) => rows.find((row) => row[2] === item)?.[3];
    expect(value('Total cost')).toBe(1000);
    expect(value('Co-financing rate')).toBe(50);
    expect(value("Users over the operation's period")).toBe(money.costPer.user.count);
    expect(value('Cost per user, on the total cost')).toBe(Number(money.costPer.user.total));
    expect(value('Cost per user, on the total cost')).toBe(45.45);
    expect(value('Cost per completion, on the EU support committed')).toBe(
      Number(money.costPer.completion.eu),
    );
    const check = money.cofinancingCheck!;
    expect(value('Expected EU support (rate × certified expenditure)')).toBe(
      Number(check.expectedEuSupport),
    );
    expect(value('EU support paid minus expected')).toBe(Number(check.paid!.difference));
    expect(value('Paid support differs by more than the tolerance')).toBe('Yes');
    expect(value('Committed support differs by more than the tolerance')).toBe('No');
    const total = rows.find((row) => row[2] === 'Total cost')!;
    expect(total.slice(4)).toEqual([
      'EUR',
      new Date('2019-01-15T00:00:00Z'),
      'Source of total_cost',
    ]);
    const totalRow = sheet('Money')!.getRow(rows.indexOf(total) + 2);
    expect(totalRow.getCell(4).numFmt).toBe('#,##0.00');
  });

  it('states the definitions and where every value comes from', () => {
    const definitions = itemsOf(sheet('Definitions'));
    expect(definitions['Definitions version']).toBe(snapshot.definitionsVersion);
    expect(definitions['Completion verbs']).toContain('http://adlnet.gov/expapi/verbs/completed');
    expect(definitions['Cumulative distinct users to each year end']).toContain('never added up');
    expect(definitions['Age bands']).toContain('<25, 25-54, >54');

    const provenance = itemsOf(sheet('Provenance'));
    expect(provenance).toMatchObject({
      Snapshot: scene.snapshotId,
      'Period from': new Date(`${PERIOD.from}T00:00:00Z`),
      'Cut-off (UTC, exact)': snapshot.cutoff,
      'Counting statements': snapshot.statementCount,
      'Fingerprint (SHA-256)': snapshot.fingerprint,
      'Counting statements, computed again at the cut-off': snapshot.statementCount,
      'Fingerprint, computed again at the cut-off': snapshot.fingerprint,
      'Same statements as the snapshot': 'Yes',
      'Created by': snapshot.createdBy.email,
      'Approved by': scene.requesters.manager.email,
      Evidence: 'Not included',
      'Requested by': scene.requesters.admin.email,
    });
  });

  it('lists the evidence for auditors: the evidence endpoint’s persons and statements, as many as the value', async () => {
    const run = await runWriter(writer, request({ evidence: true }), scene.requesters.auditor);
    const withEvidence = await readWorkbook(run.bytes);
    expect(withEvidence.worksheets.map((each) => each.name)).toEqual([...SHEETS_EN, 'Evidence']);
    const evidence = withEvidence.getWorksheet('Evidence')!;
    expect(headerOf(evidence)).toEqual([
      'Entry',
      'Person (pseudonymous)',
      'Statement id',
      'Statement date',
    ]);
    const rows = rowsOf(evidence);
    const entries = new Map<string, string[]>();
    for (const [, person, id] of rows) {
      entries.set(String(person), [...(entries.get(String(person)) ?? []), String(id)]);
    }
    const endpoint = await scene.get<EvidenceView>(
      `/api/snapshots/${scene.snapshotId}/evidence?value=users&pageSize=500`,
      'auditor',
    );
    expect([...entries].map(([person, statementIds]) => ({ person, statementIds }))).toEqual(
      endpoint.entries,
    );
    expect(entries.size).toBe(snapshot.view.users);
    expect(rows.at(-1)?.[0]).toBe(snapshot.view.users);
    // w1's statements, oldest first, dated in the reporting time zone.
    expect(rows.filter((row) => row[1] === 'person:P-w1').map((row) => row[3])).toEqual([
      new Date('2019-02-01T00:00:00Z'),
      new Date('2019-05-01T00:00:00Z'),
      new Date('2020-01-15T00:00:00Z'),
    ]);
    expect(itemsOf(withEvidence.getWorksheet('Provenance'))['Evidence']).toBe(
      'Included (sheet Evidence)',
    );

    const fractions = run.progress.map((report) => report.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
    expect(run.progress.map((report) => report.stage)).toContain('writing the evidence');
  });

  it('lets only auditors and admins ask for the evidence, and communications for nothing', () => {
    expect(writer.allows('auditor', request({ evidence: true }))).toBe(true);
    expect(writer.allows('admin', request({ evidence: true }))).toBe(true);
    expect(writer.allows('manager', request({ evidence: true }))).toBe(false);
    expect(writer.allows('manager', request({ format: 'csv', table: 'evidence' }))).toBe(false);
    expect(writer.allows('manager', request())).toBe(true);
    expect(writer.allows('communications', request())).toBe(false);
  });

  it('labels every sheet and header in Catalan and Spanish', async () => {
    const ca = await readWorkbook(
      (await runWriter(writer, request({ language: 'ca' }), scene.requesters.admin)).bytes,
    );
    expect(ca.worksheets.map((each) => each.name)).toEqual([
      'Identificació',
      'Indicadors',
      'Participants',
      'Diners',
      'Definicions',
      'Procedència',
    ]);
    expect(headerOf(ca.getWorksheet('Indicadors')).slice(15, 21)).toEqual([
      'Valor',
      'Dones',
      'Homes',
      'No binari',
      'Sexe desconegut',
      "% de l'objectiu",
    ]);
    expect(rowsOf(ca.getWorksheet('Indicadors'))[0][3]).toContain('administració electrònica');
    expect(ca.title).toBe("Llibre d'indicadors FEDER de Fita, del 2019-01-01 al 2020-12-31");

    const es = await readWorkbook(
      (await runWriter(writer, request({ language: 'es' }), scene.requesters.admin)).bytes,
    );
    expect(es.worksheets.map((each) => each.name)).toEqual([
      'Identificación',
      'Indicadores',
      'Participantes',
      'Dinero',
      'Definiciones',
      'Procedencia',
    ]);
    expect(rowsOf(es.getWorksheet('Participantes'))[0].slice(0, 2)).toEqual([
      'Total',
      'Todos los participantes',
    ]);
  });

  it('writes each table as CSV with the workbook’s values', async () => {
    const run = await runWriter(
      writer,
      request({ format: 'csv', table: 'indicators' }),
      scene.requesters.admin,
    );
    expect(run.file).toEqual({
      fileName: `fita-erdf-2019-2020-${scene.snapshotId}-indicators.csv`,
      contentType: 'text/csv; charset=utf-8',
    });
    const csv: string[][] = parse(run.bytes.toString('utf8'), { bom: true });
    expect(csv[0]).toEqual(headerOf(sheet('Indicators')));
    expect(csv.slice(1).map((row) => [row[1], row[12], row[15], row[20]])).toEqual(
      rowsOf(sheet('Indicators')).map((row) => [
        row[1],
        text(row[12]),
        text(row[15]),
        text(row[20]),
      ]),
    );

    const evidence = await runWriter(
      writer,
      request({ format: 'csv', table: 'evidence' }),
      scene.requesters.auditor,
    );
    const lines: string[][] = parse(evidence.bytes.toString('utf8'), { bom: true });
    expect(new Set(lines.slice(1).map((line) => line[1])).size).toBe(snapshot.view.users);
  });

  it('refuses a snapshot no operation fits, naming the field', async () => {
    const year = await scene.snapshot({ from: '2020-01-01', to: '2020-12-31' });
    await expect(
      runWriter(writer, request({ snapshotId: year }), scene.requesters.admin),
    ).rejects.toMatchObject({
      code: 'exports.no_operation',
      status: 422,
      details: [
        { field: 'snapshotId', message: expect.stringContaining('2020-01-01 to 2020-12-31') },
      ],
    });
    await expect(
      runWriter(writer, request({ query: { operation: 'NO-SUCH-OP' } }), scene.requesters.admin),
    ).rejects.toMatchObject({
      code: 'exports.unknown_operation',
      details: [{ field: 'query.operation' }],
    });
  });

  it('opens in LibreOffice with the values and formats a reader sees', async () => {
    const soffice = await libreOffice();
    if (soffice === null) {
      // CI installs LibreOffice (.ci/run): there, a missing soffice fails this test.
      if (process.env['CI']) throw new Error('soffice is not on PATH; install libreoffice-calc.');
      process.stderr.write('soffice is not on PATH: the LibreOffice check did not run.\n');
      return;
    }
    const sheets = await convertWithLibreOffice(soffice, bytes);
    expect(Object.keys(sheets).sort()).toEqual([...SHEETS_EN].sort());
    const indicators = sheets['Indicators'];
    expect(indicators[0][15]).toBe('Value');
    const e024In2020 = indicators.find((row) => row[1] === 'E024' && row[12] === '2020')!;
    expect(e024In2020.slice(13, 22)).toEqual([
      '01/01/2019',
      '31/12/2020',
      '22',
      '11',
      '2',
      '0',
      '9',
      '110.0%',
      '275.0%',
    ]);
    const money = sheets['Money'];
    expect(money.find((row) => row[2] === 'Total cost')?.slice(3, 6)).toEqual([
      '1,000.00',
      'EUR',
      '15/01/2019',
    ]);
    expect(money.find((row) => row[2] === 'Cost per user, on the total cost')?.[3]).toBe('45.45');
    expect(sheets['Participants'][1]).toEqual([
      'Total',
      'All participants',
      '22',
      '11',
      '2',
      '0',
      '9',
      'Yes',
    ]);
    expect(sheets['Identification'][9]).toEqual(['Start date', '01/01/2019']);
    expect(sheets['Provenance'].find((row) => row[0] === 'Fingerprint (SHA-256)')?.[1]).toBe(
      snapshot.fingerprint,
    );
  });

  // Last: it records data after the cut-off, which the other tests' endpoints would see.
  it('gives the same values from the same snapshot after later statements, figures and entered values', async () => {
    const before = await scene.get<MoneyIndicatorsView>(
      `/api/operations/${scene.operationId}/money`,
    );
    const late = await postStatements(scene.app, [
      statement({
        actor: { mbox: 'mailto:late@example.org' },
        timestamp: '2020-06-01T10:00:00Z',
        object: { id: 'https://lms.example.org/courses/digital-skills' },
      }),
    ]);
    expect(late.status).toBe(200);
    await waitForFreshness(scene.app.baseUrl, scene.tokens.admin);
    const figure = await scene.call('POST', `/api/operations/${scene.operationId}/figures`, {
      kind: 'total_cost',
      amount: '2000.00',
      asOf: '2020-12-31',
    });
    expect(figure.status).toBe(201);
    const value = await scene.call(
      'POST',
      `/api/operations/${scene.operationId}/indicators/RCO14/values`,
      {
        asOf: '2020-06-01',
        value: '3',
        source: 'Entered after the snapshot',
      },
    );
    expect(value.status).toBe(201);
    const after = await scene.get<MoneyIndicatorsView>(
      `/api/operations/${scene.operationId}/money`,
    );
    // The live figures moved on...
    expect(after.costPer.user.count).toBe(before.costPer.user.count + 1);
    expect(after.bases.total?.amount).toBe('2000.00');

    // ...the workbook of the snapshot did not.
    const again = await readWorkbook(
      (await runWriter(writer, request(), scene.requesters.admin)).bytes,
    );
    for (const name of SHEETS_EN) {
      expect({ name, rows: rowsOf(again.getWorksheet(name)) }).toEqual({
        name,
        rows: rowsOf(sheet(name)),
      });
    }
  });
});

const run = promisify(execFile);

/** A cell as CSV writes it: numbers unformatted, nothing for an empty cell. */
function text(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

async function libreOffice(): Promise<string | null> {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 });
    return 'soffice';
  } catch {
    return null;
  }
}

/** Every sheet of the workbook as LibreOffice shows it (cell contents as shown), parsed. */
async function convertWithLibreOffice(
  soffice: string,
  workbook: Buffer,
): Promise<Record<string, string[][]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fita-lo-'));
  try {
    const file = path.join(dir, 'erdf.xlsx');
    fs.writeFileSync(file, workbook);
    // Comma, double quote, UTF-8, from line 1, as shown, every sheet to its own file (-1).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--convert-to',
        filter,
        '--outdir',
        path.join(dir, 'csv'),
        file,
      ],
      // One locale for number and date rendering wherever the test runs.
      { timeout: 120_000, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } },
    );
    const sheets: Record<string, string[][]> = {};
    for (const name of fs.readdirSync(path.join(dir, 'csv'))) {
      const sheet = name.replace(/^erdf-/, '').replace(/\.csv$/, '');
      sheets[sheet] = parse(fs.readFileSync(path.join(dir, 'csv', name), 'utf8'), {
        relax_column_count: true,
      });
    }
    return sheets;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
