import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { systemClock } from '../../common/clock.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import { passwordHasher } from '../auth/password-hasher.js';
import type { Role } from '../auth/role.js';
import { UserEntity } from '../auth/user.entity.js';
import type { IndicatorsView, SeriesView } from '../indicators/indicators.view.js';
import { CHUNK_BYTES } from './chunked-file.writable.js';
import { ExportBuildService } from './export-build.service.js';
import type { ExportView } from './export.view.js';
import type { ExportContext, ExportRequest, ExportWriter } from './export-writer.js';
import { ExportsRepository } from './exports.repository.js';

const COURSE = 'https://lms.example.org/courses/digital-skills';
const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
};
const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  'P-w1,w1@example.org,,,woman,1990,,,Barcelona,',
  'P-w2,w2@example.org,,,woman,1985,,,Barcelona,',
  'P-m1,m1@example.org,,,man,1970,,,Girona,',
].join('\n');
const CATALOGUE = `activity_id,title,format,mode,programme,tags\n${COURSE},Digital skills,mooc,async,cibernarium,\n`;
const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31' };

const act = (key: string, verb: { id: string }, timestamp: string) =>
  statement({
    actor: { mbox: `mailto:${key}@example.org` },
    verb,
    timestamp,
    object: { id: COURSE },
  });

/** The export-build job, its stored files and the exports API (issue 8). */
describe('exports', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let repository: ExportsRepository;

  beforeAll(async () => {
    app = await startTestApp();
    tokens['admin'] = await login(app);
    for (const [name, role] of [
      ['manager', 'manager'],
      ['manager2', 'manager'],
      ['auditor', 'auditor'],
      ['communications', 'communications'],
    ] as const) {
      tokens[name] = await loginAs(app, name, role);
    }
    await upload('/api/learners/import', REGISTRY);
    await upload('/api/courses/import', CATALOGUE);
    const response = await postStatements(app, [
      act('w1', VERB.registered, '2020-02-10T10:00:00Z'),
      act('w2', VERB.registered, '2020-03-10T10:00:00Z'),
      act('m1', VERB.registered, '2020-03-12T10:00:00Z'),
      act('u1', VERB.registered, '2020-05-01T10:00:00Z'),
      act('w1', VERB.completed, '2020-06-10T10:00:00Z'),
      act('w1', VERB.registered, '2019-04-10T10:00:00Z'),
      act('m1', VERB.completed, '2019-05-10T10:00:00Z'),
    ]);
    expect(response.status).toBe(200);
    await waitForFreshness(app.baseUrl, tokens['admin']);
    repository = app.app.get(ExportsRepository);
  });
  afterAll(() => app.close());

  async function upload(path: string, csv: string) {
    const form = new FormData();
    form.append('file', new Blob([csv]), 'file.csv');
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens['admin']}` },
      body: form,
    });
    expect(response.status).toBe(200);
  }

  async function call<T>(method: string, path: string, who = 'admin', body?: unknown) {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[who]}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Follows an export until it is done or failed; returns every state seen. */
  async function follow(id: string, who: string): Promise<ExportView[]> {
    const seen: ExportView[] = [];
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { status, body } = await call<ExportView>('GET', `/api/exports/${id}`, who);
      expect(status).toBe(200);
      seen.push(body);
      if (body.status === 'done' || body.status === 'failed') return seen;
      if (Date.now() > deadline) throw new Error(`export still ${body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function requestExport(body: Partial<ExportRequest>, who: string): Promise<ExportView> {
    const accepted = await call<{ id: string }>('POST', '/api/exports', who, body);
    expect(accepted.status).toBe(202);
    const seen = await follow(accepted.body.id, who);
    expect(seen.map((view) => view.status).every((status) => status !== 'failed')).toBe(true);
    return seen.at(-1)!;
  }

  /** Takes a snapshot of the period and waits until its job has made it. */
  async function takeSnapshot(period: typeof YEAR_2020): Promise<string> {
    const asked = await call<{ jobId: string; snapshotId: string }>(
      'POST',
      '/api/snapshots',
      'admin',
      period,
    );
    expect(asked.status).toBe(202);
    for (let state = ''; state !== 'completed';) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = (await call<{ state: string }>('GET', `/api/snapshots/jobs/${asked.body.jobId}`)).body
        .state;
      expect(state).not.toBe('failed');
    }
    return asked.body.snapshotId;
  }

  async function download(id: string, who: string): Promise<{ response: Response; bytes: Buffer }> {
    const response = await fetch(`${app.baseUrl}/api/exports/${id}/file`, {
      headers: { Authorization: `Bearer ${tokens[who]}` },
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  }

  it('builds a manager workbook in a job, follows it to done and serves the file', async () => {
    const query = { ...YEAR_2020 };
    const done = await requestExport(
      { kind: 'manager', format: 'xlsx', query, language: 'en' },
      'manager',
    );
    expect(done).toMatchObject({
      status: 'done',
      progress: 1,
      stage: 'done',
      error: null,
      fileName: 'fita-manager-2020-01-01-2020-12-31-en.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      requestedBy: { email: 'manager@test.local' },
      request: { kind: 'manager', format: 'xlsx', query, language: 'en' },
    });

    const { response, bytes } = await download(done.id, 'manager');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(done.contentType);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('content-disposition')).toContain(
      'attachment; filename="fita-manager-2020-01-01-2020-12-31-en.xlsx"',
    );
    expect(bytes.length).toBe(done.byteSize);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(done.sha256);

    const live = await getJson<IndicatorsView>(
      app.baseUrl,
      '/api/indicators?from=2020-01-01&to=2020-12-31',
      tokens['admin'],
    );
    const workbook = await workbookOf(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Filters',
      'Overview',
      'Trends by year',
      'Trends by month',
      'Breakdowns',
      'Courses',
    ]);
    expect(workbook.creator).toBe('Fita');
    expect(workbook.title).toBe('Fita manager workbook, 2020-01-01 to 2020-12-31');
    expect(workbook.subject).toMatch(/enrolments/);
    expect(workbook.keywords).toContain('indicators');
    // Document properties keep whole seconds.
    expect(Math.floor(workbook.created.getTime() / 1000)).toBe(
      Math.floor(Date.parse(done.requestedAt) / 1000),
    );

    const overview = workbook.getWorksheet('Overview')!;
    expect(overview.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(overview.getRow(1).values).toEqual([
      undefined,
      'Figure',
      'Value',
      'Previous year',
      'Change on previous year',
    ]);
    expect(overview.getRow(1).font).toMatchObject({ bold: true });
    const rows = rowsByFirstCell(overview);
    expect(rows.get('Users')?.getCell(2).value).toBe(live.body.users);
    expect(rows.get('Users')?.getCell(2).numFmt).toBe('#,##0');
    expect(rows.get('Users')?.getCell(3).value).toBe(2);
    expect(rows.get('Users')?.getCell(4).value).toBe(live.body.growth.users);
    expect(rows.get('Users')?.getCell(4).numFmt).toBe('+0.0%;-0.0%;0.0%');
    expect(rows.get('Enrolments')?.getCell(2).value).toBe(live.body.enrolments);
    expect(rows.get('Completion rate')?.getCell(2).value).toBe(live.body.completionRate);
    expect(rows.get('Completion rate')?.getCell(2).numFmt).toBe('0.0%');
    expect(rows.get('Courses per person')?.getCell(2).numFmt).toBe('0.00');
    expect(rows.get('Share of women among users')?.getCell(2).value).toBe(2 / 4);
    expect(overview.getColumn(1).width).toBeGreaterThan(20);

    const months = workbook.getWorksheet('Trends by month')!;
    expect(months.rowCount).toBe(13);
    const february = months.getRow(3);
    expect(february.getCell(1).value).toBe('2020-02');
    expect(february.getCell(2).value).toEqual(new Date('2020-02-01T00:00:00Z'));
    expect(february.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(february.getCell(3).value).toEqual(new Date('2020-02-29T00:00:00Z'));
    const series = await getJson<SeriesView>(
      app.baseUrl,
      '/api/indicators/series?interval=month&from=2020-01-01&to=2020-12-31',
      tokens['admin'],
    );
    expect(months.getRow(4).getCell(5).value).toBe(series.body.points[2]?.enrolments);

    const breakdowns = rowsOf(workbook.getWorksheet('Breakdowns')!);
    expect(breakdowns).toContainEqual(['Users', 'Sex', 'Women', 2, 0.5]);
    expect(breakdowns).toContainEqual(['Users', 'Sex', 'Unknown', 1, 0.25]);
    // w1's first enrolment was in 2019: three first enrolments in 2020, all in the MOOC.
    expect(breakdowns).toContainEqual(['Enrolments', 'Course format', 'MOOC', 3, 1]);

    const courses = rowsOf(workbook.getWorksheet('Courses')!);
    expect(courses[0]).toEqual(['Digital skills', COURSE, 'MOOC', 'cibernarium', 4, 3, 1, 1 / 3]);

    const filters = Object.fromEntries(rowsOf(workbook.getWorksheet('Filters')!));
    expect(filters['Period from']).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(filters['Programme']).toBe('All programmes');
    expect(filters['Age scheme']).toBe('ESF 2014–2020');
    expect(filters['Counting statements']).toBe(live.body.provenance.statementCount);
    expect(filters['Fingerprint (SHA-256)']).toBe(live.body.provenance.fingerprint);
    expect(filters['Data as of']).toBeInstanceOf(Date);
    expect(filters['Requested by']).toBe('manager@test.local');
  });

  it('writes one table as CSV in the request’s language, values unformatted', async () => {
    const done = await requestExport(
      { kind: 'manager', format: 'csv', table: 'breakdowns', query: YEAR_2020, language: 'ca' },
      'auditor',
    );
    expect(done.fileName).toBe('fita-manager-breakdowns-2020-01-01-2020-12-31-ca.csv');
    const { response, bytes } = await download(done.id, 'auditor');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true });
    expect(rows[0]).toEqual(['Xifra', 'Desglossament', 'Categoria', 'Nombre', 'Percentatge']);
    expect(rows).toContainEqual(['Usuaris', 'Sexe', 'Dones', '2', '0.5']);
    expect(rows).toContainEqual(['Usuaris', 'Sexe', 'Desconegut', '1', '0.25']);

    const trends = await requestExport(
      { kind: 'manager', format: 'csv', table: 'trends-month', query: YEAR_2020, language: 'es' },
      'manager',
    );
    const trendCsv = (await download(trends.id, 'manager')).bytes.toString('utf8');
    const trendRows = parse(trendCsv, { bom: true });
    expect(trendRows[0]?.slice(0, 4)).toEqual(['Mes', 'Desde', 'Hasta', 'Usuarios']);
    expect(trendRows[2]?.slice(0, 3)).toEqual(['2020-02', '2020-02-01', '2020-02-29']);
  });

  it('refuses bad requests with the field and the reason', async () => {
    const manager = { kind: 'manager', format: 'xlsx', query: YEAR_2020, language: 'en' };
    const cases: [object, string][] = [
      [{ ...manager, kind: 'pie' }, 'kind'],
      [{ ...manager, format: 'pdf' }, 'format'],
      [{ ...manager, language: 'fr' }, 'language'],
      [{ ...manager, format: 'csv' }, 'table'],
      [{ ...manager, format: 'csv', table: 'pies' }, 'table'],
      [{ ...manager, table: 'overview' }, 'table'],
      [{ ...manager, query: undefined }, 'query'],
      [{ ...manager, query: { from: '2020-13-01', to: '2020-12-31' } }, 'query.from'],
      [{ ...manager, query: { ...YEAR_2020, colour: 'blue' } }, 'query.colour'],
      [{ ...manager, query: { ...YEAR_2020, format: 'webinar' } }, 'query.format'],
      [{ ...manager, snapshotId: randomUUID() }, 'snapshotId'],
      [{ ...manager, colour: 'blue' }, 'colour'],
      [{ ...manager, k: 2 }, 'k'],
    ];
    for (const [body, field] of cases) {
      const { status, body: error } = await call<{ details: { field: string }[] }>(
        'POST',
        '/api/exports',
        'manager',
        body,
      );
      expect({ field, status }).toEqual({ field, status: 400 });
      expect(error.details.map((detail) => detail.field)).toContain(field);
    }
  });

  it('gives each person their own exports; admins and auditors see everyone’s', async () => {
    const mine = await requestExport(
      { kind: 'manager', format: 'csv', table: 'overview', query: YEAR_2020, language: 'en' },
      'manager',
    );
    const communications = await call<{ code: string }>('POST', '/api/exports', 'communications', {
      kind: 'manager',
      format: 'xlsx',
      query: YEAR_2020,
      language: 'en',
    });
    expect(communications).toMatchObject({ status: 403, body: { code: 'exports.forbidden' } });

    expect((await call('GET', `/api/exports/${mine.id}`, 'manager2')).status).toBe(404);
    expect((await download(mine.id, 'manager2')).response.status).toBe(404);
    expect((await call('GET', `/api/exports/${randomUUID()}`, 'manager')).status).toBe(404);
    expect((await call('GET', '/api/exports/not-an-id', 'manager')).status).toBe(400);

    const others = await call<ExportView[]>('GET', '/api/exports', 'manager2');
    expect(others.body.map((view) => view.id)).not.toContain(mine.id);
    const own = await call<ExportView[]>('GET', '/api/exports', 'manager');
    expect(own.body.every((view) => view.requestedBy.email === 'manager@test.local')).toBe(true);
    expect(own.body[0]).toMatchObject({ id: mine.id, status: 'done', byteSize: mine.byteSize });
    const requested = own.body.map((view) => view.requestedAt);
    expect(requested).toEqual([...requested].sort().reverse());

    for (const overseer of ['admin', 'auditor']) {
      const all = await call<ExportView[]>('GET', '/api/exports', overseer);
      expect(all.body.map((view) => view.id)).toContain(mine.id);
      expect((await download(mine.id, overseer)).response.status).toBe(200);
    }
    expect((await fetch(`${app.baseUrl}/api/exports`)).status).toBe(401);
  });

  it('exports a publication only of an existing snapshot, and to communications once approved', async () => {
    const publication = { kind: 'publication', format: 'xlsx', language: 'ca' };
    const unknown = await call<{ code: string }>('POST', '/api/exports', 'manager', {
      ...publication,
      snapshotId: randomUUID(),
    });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'snapshots.not_found' } });

    const snapshotId = await takeSnapshot(YEAR_2020);
    const request = { ...publication, snapshotId };
    const early = await call<{ code: string }>('POST', '/api/exports', 'communications', request);
    expect(early).toMatchObject({ status: 403, body: { code: 'snapshots.not_approved' } });
    const approval = await call('POST', `/api/snapshots/${snapshotId}/approve`, 'manager');
    expect(approval.status).toBe(200);
    expect((await call('POST', '/api/exports', 'communications', request)).status).toBe(202);
  });

  it('lets an ERDF export name one operation that exists, and nothing else in its query', async () => {
    const erdf = {
      kind: 'erdf',
      format: 'xlsx',
      snapshotId: await takeSnapshot(YEAR_2020),
      language: 'en',
    } satisfies Partial<ExportRequest>;
    const unknown = await call('POST', '/api/exports', 'manager', {
      ...erdf,
      query: { operation: 'NO-SUCH-OP' },
    });
    expect(unknown).toMatchObject({
      status: 404,
      body: { code: 'operations.not_found', details: [{ field: 'query.operation' }] },
    });
    const filtered = await call('POST', '/api/exports', 'manager', {
      ...erdf,
      query: { operation: 'NO-SUCH-OP', format: 'mooc' },
    });
    expect(filtered).toMatchObject({
      status: 400,
      body: { code: 'exports.invalid_request', details: [{ field: 'query.format' }] },
    });

    const operation = await call<{ id: string; code: string }>('POST', '/api/operations', 'admin', {
      code: 'BCN-EXPORTS-2020',
      name: 'Digital skills for all',
      programmeCci: '2014ES16RFOP011',
      programmeTitle: 'Programa Operatiu FEDER de Catalunya 2014-2020',
      fund: 'ERDF',
      priorityAxis: '2 - Improving access to, use and quality of ICT',
      specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-culture, e-health',
      beneficiary: 'Barcelona Activa SAU SPM',
      startDate: YEAR_2020.from,
      endDate: YEAR_2020.to,
    });
    expect(operation.status).toBe(201);
    const link = await call(
      'PUT',
      `/api/operations/${operation.body.id}/indicators/E024`,
      'admin',
      {},
    );
    expect(link.status).toBe(200);
    const done = await requestExport(
      { ...erdf, query: { operation: operation.body.code } },
      'manager',
    );
    expect(done).toMatchObject({
      status: 'done',
      request: { query: { operation: 'BCN-EXPORTS-2020' } },
    });
    const workbook = await workbookOf((await download(done.id, 'manager')).bytes);
    expect(workbook.getWorksheet('Identification')!.getRow(1).values).toEqual([
      undefined,
      'Item',
      'BCN-EXPORTS-2020',
    ]);
  });

  it('answers 409 for the file of an export not done yet', async () => {
    const id = randomUUID();
    await repository.insert(exportRow(id, await userId('manager@test.local')));
    const { response, bytes } = await download(id, 'manager');
    expect(response.status).toBe(409);
    expect((JSON.parse(bytes.toString('utf8')) as { code: string }).code).toBe('exports.not_ready');
  });

  it('records a job’s permanent failure with a readable error', async () => {
    const id = randomUUID();
    // Stored as no request could pass the API: the job meets the problem itself.
    await repository.insert({
      ...exportRow(id, await userId('manager@test.local')),
      request: {
        kind: 'manager',
        format: 'xlsx',
        query: { ...YEAR_2020, cutoff: '2999-01-01T00:00:00Z' },
        language: 'en',
      },
    });
    await app.app.get(JobQueues).add('export-build', { exportId: id }, { jobId: id });
    const seen = await follow(id, 'manager');
    expect(seen.at(-1)).toMatchObject({
      status: 'failed',
      stage: 'failed',
      error: expect.stringContaining('in the future'),
      fileName: null,
    });
    expect(await repository.chunkCount(id)).toBe(0);
  });

  describe('stored files', () => {
    let managerId: string;
    beforeAll(async () => {
      managerId = await userId('manager@test.local');
    });

    function builder(writer: ExportWriter) {
      return new ExportBuildService(repository, [writer], systemClock);
    }

    function writerOf(write: (context: ExportContext) => Promise<void>): ExportWriter {
      return {
        kind: 'manager',
        tables: [],
        allows: () => true,
        write: async (context) => {
          await write(context);
          return { fileName: 'large.bin', contentType: 'application/octet-stream' };
        },
      };
    }

    it('round-trips a file of several chunks byte for byte', async () => {
      const data = randomBytes(CHUNK_BYTES * 3 + 12_345);
      const id = randomUUID();
      await repository.insert(exportRow(id, managerId));
      const built = await builder(
        writerOf((context) => pipeline(Readable.from(slices(data, 64 * 1024)), context.out)),
      ).build(id, { final: true });
      expect(built).toEqual({ exportId: id, fileName: 'large.bin', byteSize: data.length });
      expect(await repository.chunkCount(id)).toBe(4);

      const { response, bytes } = await download(id, 'manager');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-length')).toBe(String(data.length));
      const sha256 = createHash('sha256').update(data).digest('hex');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
      expect(response.headers.get('repr-digest')).toBe(
        `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
      );
      expect((await call<ExportView>('GET', `/api/exports/${id}`, 'manager')).body.sha256).toBe(
        sha256,
      );
    });

    it('shows progress while the writer works', async () => {
      const id = randomUUID();
      await repository.insert(exportRow(id, managerId));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let reported!: () => void;
      const progressed = new Promise<void>((resolve) => (reported = resolve));
      const building = builder(
        writerOf(async (context) => {
          await context.progress(0.5, 'writing');
          reported();
          await released;
          context.out.end(Buffer.from('done'));
        }),
      ).build(id, { final: true });
      await progressed;
      const during = await call<ExportView>('GET', `/api/exports/${id}`, 'manager');
      expect(during.body).toMatchObject({ status: 'running', progress: 0.5, stage: 'writing' });
      release();
      await building;
      const after = await call<ExportView>('GET', `/api/exports/${id}`, 'manager');
      expect(after.body).toMatchObject({ status: 'done', progress: 1, byteSize: 4 });
    });

    it('leaves no chunk behind when a build fails, and a retry starts the file over', async () => {
      const id = randomUUID();
      await repository.insert(exportRow(id, managerId));
      const failing = writerOf(async (context) => {
        await write(context.out, randomBytes(CHUNK_BYTES * 2 + 10));
        expect(await repository.chunkCount(id)).toBe(2);
        throw new Error('The snapshot could not be read: connection reset.');
      });
      await expect(builder(failing).build(id, { final: false })).rejects.toThrow(
        'connection reset',
      );
      expect(await repository.chunkCount(id)).toBe(0);
      expect(await repository.find(id)).toMatchObject({
        status: 'queued',
        stage: 'retrying',
        error: 'The snapshot could not be read: connection reset.',
      });

      const data = randomBytes(CHUNK_BYTES + 1);
      await builder(writerOf((context) => pipeline(Readable.from([data]), context.out))).build(id, {
        final: false,
      });
      expect(await repository.find(id)).toMatchObject({
        status: 'done',
        error: null,
        byteSize: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
      });
      expect(await repository.chunkCount(id)).toBe(2);

      const last = randomUUID();
      await repository.insert(exportRow(last, managerId));
      await expect(
        builder(writerOf(() => Promise.reject(new Error('Out of memory.')))).build(last, {
          final: true,
        }),
      ).rejects.toThrow('Out of memory.');
      expect(await repository.find(last)).toMatchObject({
        status: 'failed',
        error: 'Out of memory.',
      });
    });

    it('never serves a file that another attempt started over meanwhile', async () => {
      const id = randomUUID();
      await repository.insert(exportRow(id, managerId));
      const overtaken = writerOf(async (context) => {
        await write(context.out, randomBytes(CHUNK_BYTES * 2));
        // A retry of the same job starts the file over while this attempt still writes.
        await repository.start(id, 'starting');
        await write(context.out, randomBytes(10));
      });
      await expect(builder(overtaken).build(id, { final: true })).rejects.toThrow(
        /does not add up/,
      );
      expect(await repository.find(id)).toMatchObject({ status: 'failed', fileName: null });
      expect(await repository.chunkCount(id)).toBe(0);
    });

    it('fails the build when a chunk cannot be stored, even if the writer does not notice', async () => {
      const id = randomUUID();
      await repository.insert(exportRow(id, managerId));
      const careless = writerOf(async (context) => {
        // Another build wrote chunk 0 meanwhile: storing this one's chunk 0 fails.
        await repository.appendChunk(id, 0, Buffer.from('taken'));
        context.out.write(randomBytes(CHUNK_BYTES));
      });
      await expect(builder(careless).build(id, { final: true })).rejects.toThrow(
        /duplicate key|pk_export_chunks/,
      );
      expect(await repository.find(id)).toMatchObject({ status: 'failed' });
      expect(await repository.chunkCount(id)).toBe(0);
    });
  });

  it('deletes files FITA_EXPORT_RETENTION_DAYS (30) after they finished, with their chunks, and says when in the view', async () => {
    const manager = 'manager';
    const expired = await requestExport(
      { kind: 'manager', format: 'csv', table: 'overview', query: YEAR_2020, language: 'en' },
      manager,
    );
    const kept = await requestExport(
      { kind: 'manager', format: 'csv', table: 'overview', query: YEAR_2020, language: 'en' },
      manager,
    );
    expect(Date.parse(kept.expiresAt!) - Date.parse(kept.finishedAt!)).toBe(30 * 24 * 3_600_000);
    const unfinished = randomUUID();
    await repository.insert(exportRow(unfinished, await userId('manager@test.local')));
    const database = app.app.get(DataSource);
    const age = (id: string, days: number) =>
      database.query(
        `UPDATE exports SET finished_at = now() - make_interval(days => $2), requested_at = now() - make_interval(days => $2) WHERE id = $1`,
        [id, days],
      );
    await age(expired.id, 31);
    await age(kept.id, 29);
    await age(unfinished, 400);
    expect(await repository.chunkCount(expired.id)).toBeGreaterThan(0);

    const jobs = app.app.get(JobQueues);
    const jobId = await jobs.add('exports-expire', { reason: 'schedule' });
    let status = await jobs.status('exports-expire', jobId);
    for (const deadline = Date.now() + 30_000; status?.state !== 'completed';) {
      expect(status?.state).not.toBe('failed');
      if (Date.now() > deadline) throw new Error(`expiry job still ${status?.state}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await jobs.status('exports-expire', jobId);
    }

    expect(status.returnValue).toEqual({ deleted: 1 });
    expect((await call('GET', `/api/exports/${expired.id}`, manager)).status).toBe(404);
    expect(await repository.chunkCount(expired.id)).toBe(0);
    expect((await download(kept.id, manager)).response.status).toBe(200);
    expect(await repository.find(unfinished)).toMatchObject({ status: 'queued' });
  });

  async function userId(email: string): Promise<string> {
    const user = await app.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email });
    return user.id;
  }
});

function exportRow(id: string, requestedById: string) {
  return {
    id,
    request: {
      kind: 'manager',
      format: 'xlsx',
      query: { from: '2020-01-01', to: '2020-12-31' },
      language: 'en',
    } satisfies ExportRequest,
    requestedById,
    requestedByEmail: 'manager@test.local',
    requestedByRole: 'manager' as const,
    requestedAt: new Date(),
  };
}

function* slices(data: Buffer, size: number): Generator<Buffer> {
  for (let start = 0; start < data.length; start += size) yield data.subarray(start, start + size);
}

function write(out: NodeJS.WritableStream, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    out.write(bytes, (error) => (error ? reject(error) : resolve())),
  );
}

function rowsByFirstCell(sheet: ExcelJS.Worksheet): Map<unknown, ExcelJS.Row> {
  const rows = new Map<unknown, ExcelJS.Row>();
  sheet.eachRow((row, number) => {
    if (number > 1) rows.set(row.getCell(1).value, row);
  });
  return rows;
}

/** Data rows (the header left out) as arrays of cell values. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

async function loginAs(app: TestApp, name: string, role: Role): Promise<string> {
  const email = `${name}@test.local`;
  const password = `test-${name}-password`;
  await app.app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({ id: randomUUID(), email, passwordHash: await passwordHasher.hash(password), role });
  return login({ baseUrl: app.baseUrl, admin: { email, password } });
}
