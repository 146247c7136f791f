import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { actorKey } from '@fita/xapi';
import { JobQueues } from '../../jobs/job-queues.service.js';
import {
  lrsHeaders,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { signInAdmin, signInAs, type SignedInUser } from '../../../test/signed-in-users.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { PrivacyService } from './privacy.service.js';

const COURSE = 'https://lms.example.org/courses/cloud-basics';
const LMS = 'https://lms.example.org';
const ANA = {
  personId: 'P-ana',
  email: 'ana.garcia.77@example.org',
  account: 'ana-garcia-77',
  name: 'Ana García Puig',
};
const ANA_MBOX_KEY = actorKey({ mbox: `mailto:${ANA.email}` });
const ANA_ACCOUNT_KEY = actorKey({ account: { homePage: LMS, name: ANA.account } });
/** Every form in which Ana could be found again. */
const ANA_TRACES = [
  ANA.email,
  ANA_MBOX_KEY,
  ANA_MBOX_KEY.slice('sha1:'.length),
  ANA_ACCOUNT_KEY,
  ANA.account,
  ANA.name,
  ANA.personId,
];

const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  `${ANA.personId},${ANA.email},,,woman,1985,6,employed,Barcelona,Gràcia`,
  `${ANA.personId},,${LMS},${ANA.account},woman,1985,6,employed,Barcelona,Gràcia`,
  'P-bob,bob.ferrer@example.org,,,man,1970,3,unemployed,Girona,',
].join('\n');
const CATALOGUE = `activity_id,title,format,mode,programme,tags\n${COURSE},Cloud basics,mooc,async,cibernarium,\n`;
const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}` });
const PERIOD = 'from=2020-01-01&to=2020-12-31';

interface Figures {
  users: number;
  enrolments: number;
  completions: number;
  breakdowns: { users: { sex: Record<string, number> } };
  provenance: { statementCount: number; fingerprint: string };
}
interface RequestView {
  id: string;
  kind: string;
  status: string;
  statusReason: string;
  subject: { namedBy: string; personId: string | null; actorKeys: number };
  executedAt: string | null;
  erasedStatements: number | null;
}

describe('privacy requests: restriction and erasure (issue 9, ADR 0013)', () => {
  let app: TestApp;
  let admin: SignedInUser;
  let secondAdmin: SignedInUser;
  let operationId: string;
  const anaStatementIds = [randomUUID(), randomUUID(), randomUUID()];
  const instructedId = randomUUID();

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    user: SignedInUser = admin,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${user.token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
  const get = <T>(path: string) => call<T>('GET', path);
  const live = async () => (await get<Figures>(`/api/indicators?${PERIOD}`)).body;
  const funding = async () => {
    const { body } = await get<{
      indicators: { code: string; years: { value: number; bySex: Record<string, number> }[] }[];
    }>(`/api/operations/${operationId}/indicators`);
    return body.indicators.find((indicator) => indicator.code === 'E024')?.years[0];
  };
  const requests = async () => (await get<RequestView[]>('/api/admin/privacy/requests')).body;
  const requestById = async (id: string) => (await requests()).find((r) => r.id === id);

  async function upload(path: string, csv: string): Promise<void> {
    const form = new FormData();
    form.append('file', new Blob([csv]), 'file.csv');
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(response.status).toBe(200);
  }

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`gave up waiting: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function snapshot(): Promise<{ id: string; view: Figures }> {
    const accepted = await call<{ jobId: string; snapshotId: string }>('POST', '/api/snapshots', {
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(accepted.status).toBe(202);
    await until(
      () => get<{ state: string }>(`/api/snapshots/jobs/${accepted.body.jobId}`),
      ({ body }) => body.state === 'completed',
    );
    const stored = await get<{ id: string; view: Figures }>(
      `/api/snapshots/${accepted.body.snapshotId}`,
    );
    return stored.body;
  }

  async function record(body: Record<string, unknown>): Promise<RequestView> {
    const response = await call<RequestView>('POST', '/api/admin/privacy/requests', body);
    expect(response.status).toBe(201);
    return response.body;
  }

  const database = () => app.app.get(DataSource);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    secondAdmin = await signInAs(app, 'admin', 'second-admin');
    await upload('/api/learners/import', REGISTRY);
    await upload('/api/courses/import', CATALOGUE);
    const ana = { objectType: 'Agent', name: ANA.name, mbox: `mailto:${ANA.email}` };
    const stored = await postStatements(app, [
      statement({
        id: anaStatementIds[0],
        actor: ana,
        verb: verb('registered'),
        object: { id: COURSE },
        timestamp: '2020-03-10T10:00:00Z',
      }),
      statement({
        id: anaStatementIds[1],
        actor: { name: ANA.name, account: { homePage: LMS, name: ANA.account } },
        verb: verb('completed'),
        object: { id: COURSE },
        timestamp: '2020-06-10T10:00:00Z',
      }),
      statement({
        id: anaStatementIds[2],
        actor: ana,
        verb: verb('completed'),
        object: { id: COURSE },
        timestamp: '2020-06-11T10:00:00Z',
      }),
      statement({
        id: instructedId,
        actor: { mbox: 'mailto:bob.ferrer@example.org' },
        verb: verb('registered'),
        object: { id: COURSE },
        context: { instructor: ana },
        timestamp: '2020-04-10T10:00:00Z',
      }),
      statement({
        actor: { mbox: 'mailto:carol@example.org' },
        verb: verb('registered'),
        object: { id: COURSE },
        timestamp: '2020-05-10T10:00:00Z',
      }),
    ]);
    expect(stored.status).toBe(200);
    const profile = await fetch(
      `${app.baseUrl}/xapi/agents/profile?agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${ANA.email}` }))}&profileId=preferences`,
      {
        method: 'PUT',
        // A new document: concurrency control asks to say so.
        headers: { ...lrsHeaders(app), 'If-None-Match': '*' },
        body: JSON.stringify({ language: 'ca' }),
      },
    );
    expect([profile.status, await profile.text()]).toEqual([204, '']);
    await waitForFreshness(app.baseUrl, admin.token);

    const operation = await call<{ id: string }>('POST', '/api/operations', {
      code: 'BCN-PRIVACY-2020',
      name: 'Digital skills 2020',
      programmeCci: '2014ES16RFOP011',
      programmeTitle: 'Programa Operatiu FEDER de Catalunya 2014-2020',
      fund: 'ERDF',
      priorityAxis: '2',
      specificObjective: 'OE 2.3.1',
      beneficiary: 'Barcelona Activa SAU SPM',
      startDate: '2020-01-01',
      endDate: '2020-12-31',
    });
    expect(operation.status).toBe(201);
    operationId = operation.body.id;
    expect((await call('PUT', `/api/operations/${operationId}/indicators/E024`, {})).status).toBe(
      200,
    );
  });
  afterAll(() => app.close());

  it('refuses bad requests with the field named, and unknown persons with a clear 404', async () => {
    const empty = await call<{ details: { field: string }[] }>(
      'POST',
      '/api/admin/privacy/requests',
      {},
    );
    expect(empty.status).toBe(400);
    expect(empty.body.details.map((problem) => problem.field).sort()).toEqual([
      'kind',
      'personId',
      'reference',
    ]);
    const twice = await call<{ details: { field: string; message: string }[] }>(
      'POST',
      '/api/admin/privacy/requests',
      { kind: 'erasure', reference: 'DSR-1', personId: ANA.personId, email: ANA.email },
    );
    expect(twice.status).toBe(400);
    expect(twice.body.details).toEqual([
      {
        field: 'email',
        message: 'must not be given with personId: name the person exactly one way',
      },
    ]);
    const badEmail = await call<{ details: { field: string }[] }>(
      'POST',
      '/api/admin/privacy/requests',
      { kind: 'restriction', reference: 'DSR-1', email: 'not-an-address' },
    );
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.details.map((problem) => problem.field)).toEqual(['email']);
    const badAccount = await call<{ details: { field: string }[] }>(
      'POST',
      '/api/admin/privacy/requests',
      { kind: 'restriction', reference: 'DSR-1', account: { homePage: 'lms', name: '' } },
    );
    expect(badAccount.status).toBe(400);
    expect(badAccount.body.details.map((problem) => problem.field).sort()).toEqual([
      'account.homePage',
      'account.name',
    ]);
    const nobody = await call<{ code: string; message: string }>(
      'POST',
      '/api/admin/privacy/requests',
      { kind: 'erasure', reference: 'DSR-1', personId: 'P-nobody' },
    );
    expect(nobody.status).toBe(404);
    expect(nobody.body).toMatchObject({ code: 'privacy.person_not_found' });
    expect(nobody.body.message).toContain('P-nobody');
    const stranger = await call<{ code: string }>('POST', '/api/admin/privacy/requests', {
      kind: 'restriction',
      reference: 'DSR-1',
      email: 'nobody@example.org',
    });
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('privacy.person_not_found');
    const unknownLift = await call<{ code: string }>(
      'POST',
      `/api/admin/privacy/requests/${randomUUID()}/lift`,
    );
    expect(unknownLift.status).toBe(404);
    // Nothing was recorded by any of these.
    expect(await requests()).toEqual([]);
  });

  it('refuses retention without its legal basis (and the reverse), naming the field', async () => {
    const patch = (body: unknown) =>
      call<{ details: { field: string; message: string }[] }>(
        'PATCH',
        `/api/operations/${operationId}`,
        body,
      );
    const withoutBasis = await patch({ retentionUntil: '2030-12-31' });
    expect(withoutBasis.status).toBe(400);
    expect(withoutBasis.body.details).toEqual([
      { field: 'legalBasis', message: 'is required when retentionUntil is set' },
    ]);
    const withoutDate = await patch({ legalBasis: 'Regulation (EU) 1303/2013, art. 140' });
    expect(withoutDate.status).toBe(400);
    expect(withoutDate.body.details.map((problem) => problem.field)).toEqual(['retentionUntil']);
    const tooEarly = await patch({ retentionUntil: '2020-06-30', legalBasis: 'art. 140' });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.details.map((problem) => problem.field)).toEqual(['retentionUntil']);
    const badDate = await patch({ retentionUntil: '31/12/2030', legalBasis: 'art. 140' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.details.map((problem) => problem.field)).toEqual(['retentionUntil']);
    const operation = await get<{ retentionUntil: string | null; legalBasis: string | null }>(
      `/api/operations/${operationId}`,
    );
    expect(operation.body).toMatchObject({ retentionUntil: null, legalBasis: null });
  });

  it('gives the privacy API to admins only', async () => {
    for (const role of ['manager', 'auditor', 'communications'] as const) {
      const user = await signInAs(app, role, `${role}-privacy`);
      const list = await call('GET', '/api/admin/privacy/requests', undefined, user);
      expect([role, list.status]).toEqual([role, 403]);
      const post = await call(
        'POST',
        '/api/admin/privacy/requests',
        { kind: 'restriction', reference: 'x', personId: ANA.personId },
        user,
      );
      expect([role, post.status]).toEqual([role, 403]);
    }
  });

  it('leaves a restricted person out of live analytics but not out of funding reporting, until lifted', async () => {
    const before = await live();
    expect(before).toMatchObject({ users: 3, enrolments: 3, completions: 1 });
    expect(before.breakdowns.users.sex['woman']).toBe(1);
    expect(await funding()).toMatchObject({ value: 3, bySex: { woman: 1, man: 1, unknown: 1 } });

    const restriction = await record({
      kind: 'restriction',
      reference: 'DSR-2026-0001',
      email: ANA.email.toUpperCase(),
    });
    expect(restriction).toMatchObject({
      kind: 'restriction',
      status: 'active',
      subject: { namedBy: 'email', personId: ANA.personId, actorKeys: 2 },
    });

    const restricted = await live();
    expect(restricted).toMatchObject({ users: 2, enrolments: 2, completions: 0 });
    expect(restricted.breakdowns.users.sex['woman']).toBe(0);
    // Provenance describes what was counted: Ana's own three statements are out.
    expect(restricted.provenance.statementCount).toBe(before.provenance.statementCount - 3);
    expect(restricted.provenance.fingerprint).not.toBe(before.provenance.fingerprint);
    const series = await get<{ points: { users: number }[] }>(
      `/api/indicators/series?${PERIOD}&interval=year`,
    );
    expect(series.body.points.map((point) => point.users)).toEqual([2]);
    const courses = await get<{ courses: { courseId: string; users: number }[] }>(
      `/api/indicators/courses?${PERIOD}`,
    );
    expect(courses.body.courses).toEqual([expect.objectContaining({ courseId: COURSE, users: 2 })]);
    const atCutoff = await get<Figures>(
      `/api/indicators?${PERIOD}&cutoff=${new Date().toISOString()}`,
    );
    expect(atCutoff.body.users).toBe(2);

    // Mandatory funding reporting: the operation's indicators and a new snapshot count her.
    expect(await funding()).toMatchObject({ value: 3, bySex: { woman: 1 } });
    const money = await get<{ costPer: { user: { count: number } } }>(
      `/api/operations/${operationId}/money`,
    );
    expect(money.body.costPer.user.count).toBe(3);
    const frozen = await snapshot();
    expect(frozen.view).toMatchObject({ users: 3, enrolments: 3, completions: 1 });
    expect(frozen.view.provenance.statementCount).toBe(before.provenance.statementCount);
    // Publication is not funding reporting: its figures leave her out, and say so.
    const published = async () =>
      (
        await get<{ restrictedPersonsLeftOut: boolean; totals: Record<string, number> }>(
          `/api/snapshots/${frozen.id}/publication`,
        )
      ).body;
    expect(await published()).toMatchObject({
      restrictedPersonsLeftOut: true,
      totals: { users: 2, enrolments: 2, completions: 0 },
    });

    const lifted = await call<RequestView>(
      'POST',
      `/api/admin/privacy/requests/${restriction.id}/lift`,
    );
    expect(lifted.status).toBe(200);
    expect(lifted.body.status).toBe('lifted');
    const again = await call<{ code: string }>(
      'POST',
      `/api/admin/privacy/requests/${restriction.id}/lift`,
    );
    expect(again.status).toBe(409);
    const restored = await live();
    expect(restored).toMatchObject({ users: 3, enrolments: 3, completions: 1 });
    expect(counted(restored)).toEqual(counted(before));
    expect(await published()).toMatchObject({
      restrictedPersonsLeftOut: false,
      totals: { users: 3, enrolments: 3, completions: 1 },
    });
  });

  it('keeps an erasure waiting while an operation has no retention period or it has not ended', async () => {
    const erasure = await record({
      kind: 'erasure',
      reference: 'DSR-2026-0002',
      personId: ANA.personId,
    });
    expect(erasure.status).toBe('waiting');
    expect(erasure.statusReason).toContain('BCN-PRIVACY-2020 has no retention period');
    expect(await app.app.get(PrivacyService).runDueErasures()).toEqual({ executed: 0, waiting: 1 });

    const kept = await call('PATCH', `/api/operations/${operationId}`, {
      retentionUntil: '2099-12-31',
      legalBasis: 'Regulation (EU) 2021/1060, art. 82: kept five years from 31 December',
    });
    expect(kept.status).toBe(200);
    const waiting = await requestById(erasure.id);
    expect(waiting?.status).toBe('waiting');
    expect(waiting?.statusReason).toContain('kept until 2099-12-31');
    expect(await app.app.get(PrivacyService).runDueErasures()).toEqual({ executed: 0, waiting: 1 });
    const rows = await database().query(
      `SELECT count(*)::int AS n FROM person_identifiers WHERE person_id = $1`,
      [ANA.personId],
    );
    expect(rows[0].n).toBe(2);
  });

  it('erases after the retention period: identities gone, statements anonymous, figures and approved snapshots kept', async () => {
    const approved = await snapshot();
    expect(
      (await call('POST', `/api/snapshots/${approved.id}/approve`, {}, secondAdmin)).status,
    ).toBe(200);
    const before = await live();
    const frozenBefore = (await get<{ view: unknown }>(`/api/snapshots/${approved.id}`)).body.view;

    // The retention ended: the erasure becomes due and the queued job carries it out.
    expect(
      (
        await call('PATCH', `/api/operations/${operationId}`, {
          retentionUntil: '2021-06-30',
          legalBasis: 'Regulation (EU) 1303/2013, art. 140: three years after the accounts',
        })
      ).status,
    ).toBe(200);
    const [pending] = (await requests()).filter((request) => request.kind === 'erasure');
    expect(pending?.status).toBe('due');
    await app.app.get(JobQueues).add('privacy-erasure', { reason: 'recorded' });
    const executed = await until(
      () => requestById(pending?.id ?? ''),
      (request) => request?.status === 'executed',
    );
    expect(executed?.erasedStatements).toBe(4);

    // The identity mapping and agent documents are gone...
    const left = await database().query(
      `SELECT (SELECT count(*) FROM persons WHERE person_id = $1)::int AS persons,
              (SELECT count(*) FROM person_identifiers WHERE person_id = $1)::int AS identifiers,
              (SELECT count(*) FROM learner_identities WHERE actor_key = ANY($2::text[]))::int AS identities,
              (SELECT count(*) FROM documents WHERE agent_key = ANY($2::text[]))::int AS documents,
              (SELECT count(*) FROM persons)::int AS others`,
      [ANA.personId, [ANA_MBOX_KEY, ANA_ACCOUNT_KEY]],
    );
    expect(left[0]).toEqual({ persons: 0, identifiers: 0, identities: 0, documents: 0, others: 1 });
    // ...and nothing anywhere in the database names her (text and binary columns),
    // but the requests' own record of whom they were about (the registry's pseudonym).
    expect(await traces(database(), ANA_TRACES)).toEqual([
      `privacy_requests.person_id holds ${ANA.personId}`,
    ]);

    // Live figures count one anonymous person with unknown demographics.
    const after = await live();
    expect(after).toMatchObject({ users: 3, enrolments: 3, completions: 1 });
    expect(counted(after)).toEqual(counted(before));
    expect(after.breakdowns.users.sex['woman']).toBe(before.breakdowns.users.sex['woman'] - 1);
    expect(after.breakdowns.users.sex['unknown']).toBe(before.breakdowns.users.sex['unknown'] + 1);

    // The approved snapshot keeps its frozen values; recomputing it finds the same
    // statements, and only the demographic cells the erased registry row fed move.
    expect((await get<{ view: unknown }>(`/api/snapshots/${approved.id}`)).body.view).toEqual(
      frozenBefore,
    );
    const verified = await call<{
      statementCountMatches: boolean;
      fingerprintMatches: boolean;
      differences: { value: string; difference: number }[];
    }>('POST', `/api/snapshots/${approved.id}/verify`, {});
    expect(verified.body.statementCountMatches).toBe(true);
    expect(verified.body.fingerprintMatches).toBe(true);
    expect(verified.body.differences.length).toBeGreaterThan(0);
    for (const difference of verified.body.differences) {
      expect(difference.value).toMatch(/^breakdowns\./);
    }

    // The LRS serves her statements with the anonymous actor, ids unchanged.
    const served = await fetch(`${app.baseUrl}/xapi/statements?statementId=${anaStatementIds[1]}`, {
      headers: lrsHeaders(app),
    });
    const anonymous = (await served.json()) as { id: string; actor: Record<string, unknown> };
    expect(anonymous.id).toBe(anaStatementIds[1]);
    expect(anonymous.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'urn:fita:erased', name: expect.any(String) },
    });
    const instructed = await fetch(`${app.baseUrl}/xapi/statements?statementId=${instructedId}`, {
      headers: lrsHeaders(app),
    });
    const withInstructor = (await instructed.json()) as {
      actor: { mbox: string };
      context: { instructor: unknown };
    };
    expect(withInstructor.actor.mbox).toBe('mailto:bob.ferrer@example.org');
    expect(withInstructor.context.instructor).toEqual(anonymous.actor);
    const byOldAgent = await fetch(
      `${app.baseUrl}/xapi/statements?agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${ANA.email}` }))}`,
      { headers: lrsHeaders(app) },
    );
    expect(((await byOldAgent.json()) as { statements: unknown[] }).statements).toEqual([]);
    const byAnonymous = await fetch(
      `${app.baseUrl}/xapi/statements?agent=${encodeURIComponent(JSON.stringify(anonymous.actor))}`,
      { headers: lrsHeaders(app) },
    );
    expect(((await byAnonymous.json()) as { statements: unknown[] }).statements).toHaveLength(3);
  });

  it('erases each person all or nothing, and a retried run changes nothing', async () => {
    // A run that fails half-way (here: at the registry delete) leaves the old state.
    await database().query(
      `CREATE FUNCTION privacy_spec_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    );
    await database().query(
      `CREATE TRIGGER privacy_spec_refuse BEFORE DELETE ON persons
       FOR EACH ROW EXECUTE FUNCTION privacy_spec_refuse()`,
    );
    const bobKey = actorKey({ mbox: 'mailto:bob.ferrer@example.org' });
    const erasure = await record({
      kind: 'erasure',
      reference: 'DSR-2026-0003',
      personId: 'P-bob',
    });
    expect(erasure.status).toBe('due');
    const before = await digest(database());
    await expect(app.app.get(PrivacyService).runDueErasures()).rejects.toThrow(
      'refused by the test',
    );
    expect(await digest(database())).toEqual(before);
    const stillBob = await database().query(
      `SELECT count(*)::int AS n FROM statements WHERE actor_key = $1`,
      [bobKey],
    );
    expect(stillBob[0].n).toBe(1);

    await database().query(`DROP TRIGGER privacy_spec_refuse ON persons`);
    await database().query(`DROP FUNCTION privacy_spec_refuse()`);
    // The queued run retries on its own; a direct run may win the race: either way once.
    await app.app.get(PrivacyService).runDueErasures();
    const done = await until(
      () => requestById(erasure.id),
      (request) => request?.status === 'executed',
    );
    expect(done?.erasedStatements).toBe(1);
    const figures = await live();
    const erased = await digest(database());
    expect(await app.app.get(PrivacyService).runDueErasures()).toEqual({ executed: 0, waiting: 0 });
    expect(await digest(database())).toEqual(erased);
    expect(withoutCutoff(await live())).toEqual(withoutCutoff(figures));
    expect(figures).toMatchObject({ users: 3, enrolments: 3, completions: 1 });
  });
});

/** What the figures were counted from (the cut-off of a live answer is always now). */
function counted(figures: Figures): Figures['provenance'] {
  const { statementCount, fingerprint } = figures.provenance;
  return { statementCount, fingerprint };
}

function withoutCutoff(figures: Figures): unknown {
  return { ...figures, provenance: counted(figures) };
}

/** Every table and column whose value contains one of the needles (bytea searched as bytes). */
async function traces(database: DataSource, needles: readonly string[]): Promise<string[]> {
  const columns: { table: string; column: string; type: string }[] = await database.query(
    `SELECT table_name AS table, column_name AS column, data_type AS type
     FROM information_schema.columns c
     JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     ORDER BY 1, 2`,
  );
  const found: string[] = [];
  for (const { table, column, type } of columns) {
    for (const needle of needles) {
      const condition =
        type === 'bytea'
          ? `position(convert_to($1, 'UTF8') IN "${column}") > 0`
          : `"${column}"::text ILIKE '%' || $1 || '%'`;
      const rows: { n: number }[] = await database.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE ${condition}`,
        [needle],
      );
      if ((rows[0]?.n ?? 0) > 0) found.push(`${table}.${column} holds ${needle}`);
    }
  }
  return found;
}

/** What an erasure changes, as one hash per table. */
async function digest(database: DataSource): Promise<Record<string, string>> {
  const tables = {
    statements: 'SELECT seq, actor_key, payload::text FROM statements ORDER BY seq',
    statement_agents: 'SELECT * FROM statement_agents ORDER BY 1, 2, 3',
    actor_activity_days: 'SELECT * FROM actor_activity_days ORDER BY 1, 2, 3',
    actor_course_firsts: 'SELECT * FROM actor_course_firsts ORDER BY 1, 2, 3, 4',
    persons: 'SELECT * FROM persons ORDER BY 1',
    person_identifiers: 'SELECT * FROM person_identifiers ORDER BY 1',
    learner_identities: 'SELECT * FROM learner_identities ORDER BY 1',
    documents: 'SELECT id, agent_key, content FROM documents ORDER BY 1',
    privacy_request_keys: 'SELECT * FROM privacy_request_keys ORDER BY 1, 2',
    executed: `SELECT id, status FROM privacy_requests WHERE kind = 'erasure' AND status = 'executed' ORDER BY 1`,
  };
  const result: Record<string, string> = {};
  for (const [name, sql] of Object.entries(tables)) {
    const rows: unknown = await database.query(sql);
    result[name] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  }
  return result;
}
