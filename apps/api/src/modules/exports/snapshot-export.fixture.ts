import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { expect } from '@jest/globals';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { passwordHasher } from '../auth/password-hasher.js';
import type { Role } from '../auth/role.js';
import { UserEntity } from '../auth/user.entity.js';
import type { OperationView } from '../operations/operations.service.js';
import type { SnapshotJobAccepted, SnapshotJobView } from '../snapshots/snapshots.service.js';
import type { ExportRequest, ExportRequester, ExportWriter, WrittenFile } from './export-writer.js';

/**
 * A small world for the ERDF and publication exports, built through the real
 * API: a learner registry, two years of statements, an ERDF operation with
 * money, indicators and a manual value, and a snapshot of the operation's
 * period, approved by someone other than its creator.
 *
 * Users 2019-2020: 11 women (w1-w3, a1-a8), 2 men (m1, m2) and 9 actors
 * outside the registry (u1-u9) = 22; in 2019 alone 8 (6 women, 1 man, 1 unknown).
 */
export const OPERATION = {
  code: 'BCN-EXPORT-2019',
  name: 'Online training for digital public services',
  programmeCci: '2014ES16RFOP011',
  programmeTitle: 'Programa Operatiu FEDER de Catalunya 2014-2020',
  fund: 'ERDF',
  priorityAxis: '2 - Improving access to, use and quality of ICT',
  specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-culture, e-health',
  beneficiary: 'Barcelona Activa SAU SPM',
  startDate: '2019-01-01',
  endDate: '2020-12-31',
};
export const PERIOD = { from: '2019-01-01', to: '2020-12-31' };

const COURSE = { id: 'https://lms.example.org/courses/digital-skills' };
const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended' },
};
const ADULTS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  'P-w1,w1@example.org,,,woman,1990,6,employed,Barcelona,',
  'P-w2,w2@example.org,,,woman,1960,3,unemployed,Barcelona,',
  'P-w3,w3@example.org,,,woman,1999,1,student,Badalona,',
  'P-m1,m1@example.org,,,man,1985,5,employed,Barcelona,',
  'P-m2,m2@example.org,,,man,1950,,inactive,,',
  ...ADULTS.map((key) => `P-${key},${key}@example.org,,,woman,1980,7,employed,Barcelona,`),
].join('\n');

const act = (key: string, verb: { id: string }, timestamp: string) =>
  statement({ actor: { mbox: `mailto:${key}@example.org` }, verb, timestamp, object: COURSE });

export interface ExportScene {
  app: TestApp;
  tokens: Record<Role, string>;
  requesters: Record<Role, ExportRequester>;
  operationId: string;
  snapshotId: string;
  call<T>(
    method: string,
    path: string,
    body?: unknown,
    role?: Role,
  ): Promise<{ status: number; body: T }>;
  get<T>(path: string, role?: Role): Promise<T>;
  /** Asks for a snapshot as the admin and follows its job; returns the snapshot's id. */
  snapshot(body: object): Promise<string>;
}

export async function setUpExportScene(): Promise<ExportScene> {
  const app = await startTestApp();
  const tokens = {} as Record<Role, string>;
  const requesters = {} as Record<Role, ExportRequester>;
  tokens.admin = await login(app);
  const admin = await app.app
    .get(DataSource)
    .getRepository(UserEntity)
    .findOneByOrFail({ email: app.admin.email });
  requesters.admin = { id: admin.id, email: admin.email, role: 'admin' };
  for (const role of ['manager', 'auditor', 'communications'] as const) {
    const user = await addUser(app, role);
    tokens[role] = user.token;
    requesters[role] = { id: user.id, email: user.email, role };
  }

  const call = async <T>(method: string, path: string, body?: unknown, role: Role = 'admin') => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[role]}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const get = async <T>(path: string, role: Role = 'admin') => {
    const answer = await getJson<T>(app.baseUrl, path, tokens[role]);
    expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    return answer.body;
  };
  const snapshot = async (body: object) => {
    const accepted = await call<SnapshotJobAccepted>('POST', '/api/snapshots', body);
    expect(accepted.status).toBe(202);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = await get<SnapshotJobView>(accepted.body.status);
      if (job.state === 'completed' && job.snapshotId) return job.snapshotId;
      if (job.state === 'failed' || Date.now() > deadline) {
        throw new Error(`snapshot job ${job.state}: ${job.error ?? ''}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const form = new FormData();
  form.append('file', new Blob([REGISTRY]), 'registry.csv');
  const imported = await fetch(`${app.baseUrl}/api/learners/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokens.admin}` },
    body: form,
  });
  expect(imported.status).toBe(200);

  const posted = await postStatements(app, [
    act('w1', VERB.registered, '2019-02-01T10:00:00Z'),
    act('w1', VERB.completed, '2019-05-01T10:00:00Z'),
    act('w2', VERB.registered, '2019-02-02T10:00:00Z'),
    act('m1', VERB.registered, '2019-03-01T10:00:00Z'),
    act('u1', VERB.registered, '2019-04-01T10:00:00Z'),
    ...ADULTS.slice(0, 4).map((key) => act(key, VERB.registered, '2019-06-01T10:00:00Z')),
    act('w1', VERB.attended, '2020-01-15T10:00:00Z'),
    act('w3', VERB.registered, '2020-02-01T10:00:00Z'),
    act('m2', VERB.registered, '2020-03-01T10:00:00Z'),
    act('m1', VERB.completed, '2020-04-01T10:00:00Z'),
    act('a1', VERB.completed, '2020-05-01T10:00:00Z'),
    ...ADULTS.slice(4).map((key) => act(key, VERB.registered, '2020-06-01T10:00:00Z')),
    ...['u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((key) =>
      act(key, VERB.registered, '2020-09-01T10:00:00Z'),
    ),
  ]);
  expect(posted.status).toBe(200);
  await waitForFreshness(app.baseUrl, tokens.admin);

  const created = await call<OperationView>('POST', '/api/operations', OPERATION);
  expect(created.status).toBe(201);
  const operationId = created.body.id;
  const put = async (code: string, body: object) =>
    expect(
      (await call('PUT', `/api/operations/${operationId}/indicators/${code}`, body)).status,
    ).toBe(200);
  await put('E024', {
    baseline: { value: '0', year: 2018 },
    milestone: { value: '8', year: 2019 },
    target: { value: '20', year: 2020 },
  });
  await put('RCR11', { target: { value: '16', year: 2020 } });
  await put('RCO14', { target: { value: '1', year: 2020 } });
  const manual = await call('POST', `/api/operations/${operationId}/indicators/RCO14/values`, {
    asOf: '2019-03-01',
    value: '1',
    source: 'Register of supported institutions',
  });
  expect(manual.status).toBe(201);
  for (const [kind, amount, asOf] of [
    ['total_cost', '1000.00', '2019-01-15'],
    ['eligible_cost', '900.00', '2019-01-15'],
    ['cofinancing_rate', '50.00', '2019-01-15'],
    ['certified_expenditure', '800.00', '2021-03-31'],
    ['eu_support_committed', '400.00', '2021-03-31'],
    ['eu_support_paid', '398.50', '2021-06-30'],
  ]) {
    const figure = await call('POST', `/api/operations/${operationId}/figures`, {
      kind,
      amount,
      asOf,
      source: `Source of ${kind}`,
    });
    expect(figure.status).toBe(201);
  }

  // The cut-off is after everything above has been recorded.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const snapshotId = await snapshot({ ...PERIOD, cutoff: new Date().toISOString() });
  const approved = await call('POST', `/api/snapshots/${snapshotId}/approve`, undefined, 'manager');
  expect(approved.status).toBe(200);
  return { app, tokens, requesters, operationId, snapshotId, call, get, snapshot };
}

async function addUser(app: TestApp, role: Role) {
  const email = `${role}@test.local`;
  const password = `test-${role}-password`;
  const id = randomUUID();
  await app.app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({ id, email, passwordHash: await passwordHasher.hash(password), role });
  return { id, email, token: await login({ baseUrl: app.baseUrl, admin: { email, password } }) };
}

export interface WriterRun {
  bytes: Buffer;
  file: WrittenFile;
  progress: { fraction: number; stage: string }[];
}

/** When every export of these tests was asked for: the files' properties say so. */
export const REQUESTED_AT = new Date('2024-05-06T07:08:09Z');

/** Runs a writer as the export-build job would, into memory. */
export async function runWriter(
  writer: ExportWriter,
  request: ExportRequest,
  requestedBy: ExportRequester,
): Promise<WriterRun> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const progress: WriterRun['progress'] = [];
  const file = await writer.write({
    request,
    requestedBy,
    requestedAt: REQUESTED_AT,
    out,
    progress: (fraction, stage) => {
      progress.push({ fraction, stage });
      return Promise.resolve();
    },
  });
  await ended;
  return { bytes: Buffer.concat(parts), file, progress };
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows under its header, each as its cells' values. */
export function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  if (sheet === undefined) throw new Error('no such sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(headerless(row, sheet.columnCount));
  });
  return rows;
}

export function headerOf(sheet: ExcelJS.Worksheet | undefined): unknown[] {
  if (sheet === undefined) throw new Error('no such sheet');
  return headerless(sheet.getRow(1), sheet.columnCount);
}

function headerless(row: ExcelJS.Row, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => row.getCell(i + 1).value ?? null);
}

/** An Item | Value sheet as an object. */
export function itemsOf(sheet: ExcelJS.Worksheet | undefined): Record<string, unknown> {
  return Object.fromEntries(rowsOf(sheet).map(([item, value]) => [String(item), value]));
}
