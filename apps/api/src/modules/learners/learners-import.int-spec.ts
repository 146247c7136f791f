import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const HEADER =
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district';
const MOODLE = 'https://moodle.example.org';

interface ImportAnswer {
  status: number;
  body: {
    applied?: number;
    personsCreated?: number;
    personsUpdated?: number;
    identifiersAdded?: number;
    identifiersReassigned?: number;
    identifiersRemoved?: number;
    errors?: { row: number; column: string; message: string }[];
    errorCount?: number;
    message?: string;
  };
}

describe('learner registry import (spec section 9)', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { FITA_MAX_IMPORT_MB: '1' } });
    token = await login(app);
  });
  afterAll(() => app.close());

  async function upload(
    content: string | Buffer,
    filename = 'registry.csv',
    as = token,
  ): Promise<ImportAnswer> {
    const form = new FormData();
    form.append('file', new Blob([content]), filename);
    const response = await fetch(`${app.baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${as}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as ImportAnswer['body'] };
  }
  const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
  const summary = async () =>
    (
      await getJson<{ persons: number; identifiers: number }>(
        app.baseUrl,
        '/api/learners/summary',
        token,
      )
    ).body;
  const users2020 = async () =>
    (
      await getJson<{ users: number }>(
        app.baseUrl,
        '/api/indicators?from=2020-01-01&to=2020-12-31',
        token,
      )
    ).body.users;

  it('makes an e-mail and an LMS account of one person count as one user', async () => {
    const at = { timestamp: '2020-05-04T10:00:00Z' };
    await postStatements(app, [
      statement({ ...at, actor: { mbox: 'mailto:Nuria.Puig@Example.org' } }),
      statement({ ...at, actor: { account: { homePage: `${MOODLE}/`, name: 'npuig' } } }),
      statement({ ...at, actor: { mbox: 'mailto:someone.else@example.org' } }),
    ]);
    await waitForFreshness(app.baseUrl, token);
    expect(await users2020()).toBe(3);

    const answer = await upload(
      csv(
        'P-001,nuria.puig@example.org,,,woman,1988,6,employed,Barcelona,Gràcia',
        `P-001,,${MOODLE},npuig,woman,1988,6,employed,Barcelona,Gràcia`,
        'P-002,jordi@example.org,,,man,,,,"Badalona\\Nord,\tCentre",',
      ),
    );
    expect(answer).toEqual({
      status: 200,
      body: {
        applied: 3,
        personsCreated: 2,
        personsUpdated: 0,
        identifiersAdded: 3,
        identifiersReassigned: 0,
        identifiersRemoved: 0,
      },
    });
    expect(await users2020()).toBe(2);
  });

  it('changes nothing when the same file comes again', async () => {
    const answer = await upload(
      csv(
        'P-001,nuria.puig@example.org,,,woman,1988,6,employed,Barcelona,Gràcia',
        `P-001,,${MOODLE},npuig,woman,1988,6,employed,Barcelona,Gràcia`,
        'P-002,jordi@example.org,,,man,,,,"Badalona\\Nord,\tCentre",',
      ),
    );
    expect(answer.body).toMatchObject({
      applied: 3,
      personsCreated: 0,
      personsUpdated: 0,
      identifiersAdded: 0,
      identifiersReassigned: 0,
      identifiersRemoved: 0,
    });
  });

  it('reports every row error of a bad file and applies none of it', async () => {
    const before = await summary();
    const answer = await upload(
      csv(
        'P-010,ok@example.org,,,woman,1990,5,student,Barcelona,',
        'P-011,both@example.org,https://lms.example.org,both,,,,,,',
        'P-012,,,,,,,,,',
        'P-013,bad@example.org,,,female,1850,9,retired,,',
        'P-014,ok@example.org,,,man,,,,,',
        'P-010,,https://lms.example.org,ok,man,1990,5,student,Barcelona,',
        'P-015,short@example.org',
      ),
    );
    expect(answer.status).toBe(422);
    // Errors of single rows first, then those between rows (found once every row is read).
    expect(answer.body.errors).toEqual([
      { row: 3, column: 'email', message: expect.stringContaining('never both') },
      { row: 4, column: 'email', message: expect.stringContaining('needs an email or an account') },
      { row: 5, column: 'sex', message: expect.stringContaining('"female"') },
      { row: 5, column: 'birth_year', message: expect.stringContaining('"1850"') },
      { row: 5, column: 'isced_level', message: expect.stringContaining('"9"') },
      { row: 5, column: 'employment_status', message: expect.stringContaining('"retired"') },
      { row: 8, column: '', message: 'has 2 values but the header has 10 columns' },
      { row: 6, column: 'email', message: expect.stringContaining('same identifier as row 2') },
      {
        row: 7,
        column: 'sex',
        message: expect.stringContaining(
          'differs from row 2 of person P-010 ("man" here, "woman" there)',
        ),
      },
    ]);
    expect(answer.body.errorCount).toBe(9);
    expect(answer.body.message).toContain('nothing was applied');
    expect(await summary()).toEqual(before);
  });

  it('runs concurrent imports one after the other, so the last one wins whole', async () => {
    const answers = await Promise.all(
      ['woman', 'man', 'non_binary'].map((sex) =>
        upload(csv(`P-020,p20@example.org,,,${sex},,,,,`, `P-021,p21@example.org,,,${sex},,,,,`)),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const sexes = await Promise.all(
      ['P-020', 'P-021'].map(
        async (id) =>
          (await getJson<{ sex: string }>(app.baseUrl, `/api/learners/${id}`, token)).body.sex,
      ),
    );
    expect(sexes[0]).toBe(sexes[1]);
  });

  it('names missing, unknown and repeated columns', async () => {
    const answer = await upload('person_id,email,phone\nP-1,a@example.org,123\n');
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'phone', message: expect.stringContaining('is not a column') },
        { row: 1, column: 'sex', message: 'is missing from the header' },
      ]),
    );
  });

  it('reads the first sheet of an XLSX file, and moves an identifier to the person now listing it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('registry');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      'P-003',
      'jordi@example.org',
      '',
      '',
      'man',
      1979,
      3,
      'unemployed',
      'Sabadell',
      '',
    ]);
    workbook.addWorksheet('notes').addRow(['ignored']);
    const answer = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'registry.xlsx');
    expect(answer).toEqual({
      status: 200,
      body: expect.objectContaining({
        applied: 1,
        personsCreated: 1,
        identifiersReassigned: 1,
      }) as unknown,
    });
    const p2 = await getJson<{ actorKeys: string[]; municipality: string }>(
      app.baseUrl,
      '/api/learners/P-002',
      token,
    );
    expect(p2.body.actorKeys).toEqual([]);
    // A backslash, a comma and a tab survive the CSV and the COPY into Postgres.
    expect(p2.body.municipality).toBe('Badalona\\Nord,\tCentre');
  });

  it('shows persons pseudonymously, and plain identifiers to admins only', async () => {
    const person = await getJson<Record<string, unknown>>(
      app.baseUrl,
      '/api/learners/P-001',
      token,
    );
    expect(person.body).toMatchObject({ personId: 'P-001', sex: 'woman', birthYear: 1988 });
    expect(JSON.stringify(person.body)).not.toContain('@');
    expect(person.body['actorKeys']).toEqual([
      `account:${MOODLE}|npuig`,
      expect.stringMatching(/^sha1:[0-9a-f]{40}$/),
    ]);
    const identities = await getJson<{ email: string | null }[]>(
      app.baseUrl,
      '/api/learners/P-001/identities',
      token,
    );
    expect(identities.body.map((i) => i.email)).toContain('nuria.puig@example.org');
    expect((await getJson(app.baseUrl, '/api/learners/P-404', token)).status).toBe(404);
  });

  it('refuses uploads that are not a multipart file, too large, or not from an admin', async () => {
    const notMultipart = await fetch(`${app.baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
      body: csv('P-9,x@example.org,,,,,,,,'),
    });
    expect(notMultipart.status).toBe(400);

    const noFile = new FormData();
    noFile.append('other', 'x');
    const missing = await fetch(`${app.baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: noFile,
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { message: string }).message).toContain('"file"');

    const before = await summary();
    const rows = Array.from({ length: 30_000 }, (_, n) => `P-big-${n},big${n}@example.org,,,,,,,,`);
    const tooLarge = await upload(csv(...rows));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toContain('FITA_MAX_IMPORT_MB');
    expect(await summary()).toEqual(before);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('registry');
    sheet.addRow(HEADER.split(','));
    for (let n = 0; n < 60_000; n += 1) {
      sheet.addRow([`P-x-${n}`, `${randomBytes(12).toString('hex')}@example.org`]);
    }
    const bigXlsx = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'big.xlsx');
    expect(bigXlsx.status).toBe(413);
    expect(await summary()).toEqual(before);

    const anonymous = await fetch(`${app.baseUrl}/api/learners/import`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });
});
