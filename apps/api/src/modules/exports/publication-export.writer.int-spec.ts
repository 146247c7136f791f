import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { PublicationView } from '../snapshots/publication-view.js';
import type { ExportRequest } from './export-writer.js';
import { PublicationExportWriter } from './publication-export.writer.js';
import {
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

/** Issue 8: the publication workbook, checked against GET /api/snapshots/:id/publication. */
describe('publication workbook', () => {
  let scene: ExportScene;
  let writer: PublicationExportWriter;

  const request = (extra: Partial<ExportRequest> = {}): ExportRequest => ({
    kind: 'publication',
    format: 'xlsx',
    snapshotId: scene.snapshotId,
    k: 5,
    language: 'en',
    ...extra,
  });
  const publication = (query: string, snapshotId = scene.snapshotId) =>
    scene.get<PublicationView>(
      `/api/snapshots/${snapshotId}/publication?${query}`,
      'communications',
    );
  /** The endpoint's breakdowns as `breakdowns.<figure>.<breakdown>.<cell>` → published value. */
  const flat = (view: PublicationView) =>
    Object.fromEntries(
      Object.entries(view.breakdowns).flatMap(([figure, breakdowns]) =>
        Object.entries(breakdowns).flatMap(([breakdown, cells]) =>
          Object.entries(cells).map(([cell, value]) => [
            `breakdowns.${figure}.${breakdown}.${cell}`,
            value,
          ]),
        ),
      ),
    );

  beforeAll(async () => {
    scene = await setUpExportScene();
    writer = scene.app.app.get(PublicationExportWriter);
  });
  afterAll(() => scene.app.close());

  it('gives the totals, breakdowns and rule of the publication endpoint, marks kept as text', async () => {
    const run = await runWriter(writer, request(), scene.requesters.communications);
    expect(run.file).toEqual({
      fileName: `fita-publication-2019-01-01-2020-12-31-k5-${scene.snapshotId}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = await readWorkbook(run.bytes);
    const view = await publication('k=5&lang=en');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Totals',
      'Breakdowns',
      'Disclosure rule',
      'Provenance',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(workbook.created).toEqual(REQUESTED_AT);
    expect(workbook.subject).toBe(
      `Figures of snapshot ${scene.snapshotId} with disclosure control (k = 5)`,
    );

    expect(rowsOf(workbook.getWorksheet('Totals'))).toEqual([
      ['Users', view.totals.users, 'Exact total'],
      ['Enrolments', view.totals.enrolments, 'Exact total'],
      ['Completions', view.totals.completions, 'Exact total'],
      ['Completers', view.totals.completers, 'Exact total'],
      // 3 completions of 22 enrolments, from the exact counts: a base of 10 or more, so shown.
      ['Completion rate', 3 / 22, 'From exact counts'],
    ]);
    expect(view.percentages.completionRate).toEqual({ kind: 'shown', value: (3 * 100) / 22 });
    expect(workbook.getWorksheet('Totals')!.getCell('B6').numFmt).toBe('0.0%');

    const breakdowns = workbook.getWorksheet('Breakdowns')!;
    expect(headerOf(breakdowns)).toEqual([
      'Figure',
      'Breakdown',
      'Category',
      'Published value',
      'Key',
    ]);
    const rows = rowsOf(breakdowns);
    expect(Object.fromEntries(rows.map((row) => [row[4], row[3]]))).toEqual(flat(view));
    // 11 women, 2 men, 9 unknown: the one small cell hidden, and the next smallest with it.
    expect(rows.filter((row) => String(row[4]).startsWith('breakdowns.users.sex.'))).toEqual([
      ['Users', 'Sex', 'Women', 10, 'breakdowns.users.sex.woman'],
      ['Users', 'Sex', 'Men', '<5', 'breakdowns.users.sex.man'],
      ['Users', 'Sex', 'Non-binary', 0, 'breakdowns.users.sex.non_binary'],
      ['Users', 'Sex', 'Unknown', 'c', 'breakdowns.users.sex.unknown'],
    ]);
    const men = rows.findIndex((row) => row[4] === 'breakdowns.users.sex.man') + 2;
    expect(breakdowns.getRow(men).getCell(4).type).toBe(3); // ExcelJS.ValueType.String
    expect(breakdowns.getRow(men - 1).getCell(4).numFmt).toBe('#,##0');

    const rule = itemsOf(workbook.getWorksheet('Disclosure rule'));
    expect(rule).toEqual({
      'Rule applied': view.rule,
      'Threshold k': 5,
      'Counts hidden as “<5”': '1 to 4',
      'Mark of a count hidden to protect another': 'c',
      'Other counts rounded to the nearest multiple of': 5,
      'Smallest base of a percentage shown': 10,
    });
    const provenance = itemsOf(workbook.getWorksheet('Provenance'));
    expect(provenance).toMatchObject({
      Snapshot: scene.snapshotId,
      'Period from': new Date(`${PERIOD.from}T00:00:00Z`),
      'Cut-off (UTC, exact)': view.snapshot.cutoff,
      Approval: `Approved on ${view.snapshot.approval!.at.slice(0, 10)}`,
      'Requested by': scene.requesters.communications.email,
    });
  });

  it('applies the threshold and language asked for, as the endpoint does for them', async () => {
    const run = await runWriter(
      writer,
      request({ k: 3, language: 'ca' }),
      scene.requesters.manager,
    );
    const workbook = await readWorkbook(run.bytes);
    const view = await publication('k=3&lang=ca');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Totals',
      'Desglossaments',
      'Regla de protecció',
      'Procedència',
    ]);
    const rows = rowsOf(workbook.getWorksheet('Desglossaments'));
    expect(Object.fromEntries(rows.map((row) => [row[4], row[3]]))).toEqual(flat(view));
    expect(rows.find((row) => row[4] === 'breakdowns.users.sex.woman')?.slice(0, 3)).toEqual([
      'Usuaris',
      'Sexe',
      'Dones',
    ]);
    const rule = itemsOf(workbook.getWorksheet('Regla de protecció'));
    expect(rule['Regla aplicada']).toBe(view.rule);
    expect(rule['Regla aplicada']).toContain('«<3»');
    expect(rule['Llindar k']).toBe(3);
  });

  it('writes each table as CSV, marks as written', async () => {
    const run = await runWriter(
      writer,
      request({ format: 'csv', table: 'breakdowns' }),
      scene.requesters.communications,
    );
    expect(run.file.fileName).toBe(
      `fita-publication-2019-01-01-2020-12-31-k5-${scene.snapshotId}-breakdowns.csv`,
    );
    const csv: string[][] = parse(run.bytes.toString('utf8'), { bom: true });
    expect(csv[0]).toEqual(['Figure', 'Breakdown', 'Category', 'Published value', 'Key']);
    const view = await publication('k=5&lang=en');
    expect(Object.fromEntries(csv.slice(1).map((row) => [row[4], row[3]]))).toEqual(
      Object.fromEntries(Object.entries(flat(view)).map(([key, value]) => [key, String(value)])),
    );
  });

  it('opens to communications only approved snapshots; the reporting roles may preview', async () => {
    const unapproved = await scene.snapshot({ ...PERIOD });
    await expect(
      runWriter(writer, request({ snapshotId: unapproved }), scene.requesters.communications),
    ).rejects.toMatchObject({ code: 'snapshots.not_approved', status: 403 });
    const preview = await readWorkbook(
      (await runWriter(writer, request({ snapshotId: unapproved }), scene.requesters.manager))
        .bytes,
    );
    expect(itemsOf(preview.getWorksheet('Provenance'))['Approval']).toBe(
      'Not approved: a preview, not for publication',
    );
    expect(writer.allows('communications', request())).toBe(true);
    expect(writer.allows('auditor', request({ evidence: true }))).toBe(false);
  });

  it('leaves restricted persons out as the endpoint does, and says so in the provenance', async () => {
    const frozen = await publication('k=5&lang=en');
    expect(frozen.restrictedPersonsLeftOut).toBe(false);
    const restriction = await scene.call<{ id: string }>('POST', '/api/admin/privacy/requests', {
      kind: 'restriction',
      reference: 'DSR-EXPORT-1',
      personId: 'P-w1',
    });
    expect(restriction.status).toBe(201);
    try {
      const view = await publication('k=5&lang=en');
      expect(view.restrictedPersonsLeftOut).toBe(true);
      expect(view.totals.users).toBe(frozen.totals.users - 1);
      const workbook = await readWorkbook(
        (await runWriter(writer, request(), scene.requesters.communications)).bytes,
      );
      expect(rowsOf(workbook.getWorksheet('Totals'))[0]).toEqual([
        'Users',
        view.totals.users,
        'Exact total',
      ]);
      expect(itemsOf(workbook.getWorksheet('Provenance'))['Restriction requests']).toMatch(
        /^Persons who asked to restrict the processing of their data are left out/,
      );
    } finally {
      await scene.call('POST', `/api/admin/privacy/requests/${restriction.body.id}/lift`);
    }
  });

  it('refuses a threshold outside 3 to 10, naming k', async () => {
    await expect(
      runWriter(writer, request({ k: 11 }), scene.requesters.admin),
    ).rejects.toMatchObject({
      code: 'exports.invalid_k',
      status: 400,
      details: [{ field: 'k', message: 'k must be a whole number from 3 to 10, got 11.' }],
    });
  });
});
