import { postStatements, statement, waitForFreshness } from './api-client.js';
import type { SignedInUser } from './signed-in-users.js';
import type { TestApp } from './test-app.js';

const COURSE = 'https://lms.example.org/courses/digital-skills';
export const LEARNER = { personId: 'P-w1', email: 'w1@example.org' } as const;

const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  `${LEARNER.personId},${LEARNER.email},,,woman,1990,6,employed,Barcelona,`,
  'P-m1,,https://lms.example.org,m1,man,1970,,,Girona,',
].join('\n');
const CATALOGUE = `activity_id,title,format,mode,programme,tags\n${COURSE},Digital skills,mooc,async,cibernarium,\n`;

/** Ids of person-level data that exists, for tests that must not find it vacuously absent. */
export interface PersonData {
  personId: string;
  snapshotId: string;
  /** An ERDF export with the evidence sheet, asked for and downloadable by `auditor`. */
  evidenceExportId: string;
}

/**
 * A registry, a catalogue, statements, a snapshot of 2020 made by `admin`,
 * and an ERDF export with evidence made by `auditor`, finished.
 */
export async function loadPersonData(
  app: TestApp,
  users: { admin: SignedInUser; auditor: SignedInUser },
): Promise<PersonData> {
  await upload(app, users.admin, '/api/learners/import', REGISTRY);
  await upload(app, users.admin, '/api/courses/import', CATALOGUE);
  const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}` });
  const stored = await postStatements(app, [
    statement({
      actor: { mbox: `mailto:${LEARNER.email}` },
      verb: verb('registered'),
      object: { id: COURSE },
      timestamp: '2020-03-10T10:00:00Z',
    }),
    statement({
      actor: { mbox: `mailto:${LEARNER.email}` },
      verb: verb('completed'),
      object: { id: COURSE },
      timestamp: '2020-06-10T10:00:00Z',
    }),
    statement({
      actor: { account: { homePage: 'https://lms.example.org', name: 'm1' } },
      verb: verb('registered'),
      object: { id: COURSE },
      timestamp: '2020-04-10T10:00:00Z',
    }),
  ]);
  if (stored.status !== 200) throw new Error(`statements refused: ${await stored.text()}`);
  await waitForFreshness(app.baseUrl, users.admin.token);

  // An ERDF workbook reports on operations: one running in 2020, with an indicator.
  const operation = await send<{ id: string }>(app, users.admin, 'POST', '/api/operations', {
    code: 'BCN-ACCESS-2020',
    name: 'Digital skills for all',
    programmeCci: '2014ES16RFOP011',
    programmeTitle: 'Programa Operatiu FEDER de Catalunya 2014-2020',
    fund: 'ERDF',
    priorityAxis: '2 - Improving access to, use and quality of ICT',
    specificObjective: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-culture, e-health',
    beneficiary: 'Barcelona Activa SAU SPM',
    startDate: '2020-01-01',
    endDate: '2020-12-31',
  });
  await send(app, users.admin, 'PUT', `/api/operations/${operation.id}/indicators/E024`, {});
  const snapshotId = await takeSnapshot(app, users.admin);
  const accepted = await send<{ id: string }>(app, users.auditor, 'POST', '/api/exports', {
    kind: 'erdf',
    format: 'xlsx',
    snapshotId,
    evidence: true,
    language: 'en',
  });
  await until(
    app,
    users.auditor,
    `/api/exports/${accepted.id}`,
    (body) => body['status'] === 'done',
  );
  return { personId: LEARNER.personId, snapshotId, evidenceExportId: accepted.id };
}

async function takeSnapshot(app: TestApp, user: SignedInUser): Promise<string> {
  const accepted = await send<{ jobId: string; snapshotId: string }>(
    app,
    user,
    'POST',
    '/api/snapshots',
    { from: '2020-01-01', to: '2020-12-31' },
  );
  await until(
    app,
    user,
    `/api/snapshots/jobs/${accepted.jobId}`,
    (body) => body['state'] === 'completed',
  );
  return accepted.snapshotId;
}

async function upload(app: TestApp, user: SignedInUser, path: string, csv: string): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'file.csv');
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${user.token}` },
    body: form,
  });
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

async function send<T>(
  app: TestApp,
  user: SignedInUser,
  method: string,
  path: string,
  body: unknown,
): Promise<T> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${user.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Polls a GET until `done` says so; a `failed` state ends it at once. */
async function until(
  app: TestApp,
  user: SignedInUser,
  path: string,
  done: (body: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${app.baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (done(body)) return body;
    if (body['state'] === 'failed' || body['status'] === 'failed' || Date.now() > deadline) {
      throw new Error(`${path} did not finish: ${JSON.stringify(body)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
