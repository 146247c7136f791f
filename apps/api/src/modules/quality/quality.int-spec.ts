import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import {
  getJson,
  login,
  lrsHeaders,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { passwordHasher } from '../auth/password-hasher.js';
import type { Role } from '../auth/role.js';
import { UserEntity } from '../auth/user.entity.js';
import {
  KEPT_REJECTIONS,
  StatementRejectionsRepository,
} from '../lrs/statement-rejections.repository.js';
import type { QualityView } from './quality.view.js';

const LMS = 'https://lms.example.org/courses';
const VOIDED = { id: 'http://adlnet.gov/expapi/verbs/voided' };
const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  'P-full,full@example.org,,,woman,1980,6,employed,Barcelona,Gràcia',
  'P-some,some@example.org,,,man,,,,,',
  'P-none,none@example.org,,,,,,,,',
].join('\n');
const mbox = (name: string) => ({ mbox: `mailto:${name}@example.org` });

describe('data quality view (issue 7)', () => {
  let app: TestApp;
  // Sessions are opened at the latest instant the tests reach, so moving the clock never expires them.
  let now = new Date('2024-04-11T12:00:00Z');
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp({ clock: { now: () => now } });
    tokens.admin = await login(app);
    for (const role of ['manager', 'auditor', 'communications'] as const) {
      tokens[role] = await loginAs(app, role);
    }
    now = new Date('2024-01-31T23:30:00Z');
    const form = new FormData();
    form.append('file', new Blob([REGISTRY]), 'registry.csv');
    const imported = await fetch(`${app.baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.admin}` },
      body: form,
    });
    expect(imported.status).toBe(200);
  });
  afterAll(() => app.close());

  const quality = async (role: Role = 'admin') =>
    getJson<QualityView>(app.baseUrl, '/api/quality', tokens[role]);

  async function store(...statements: Record<string, unknown>[]): Promise<string[]> {
    const response = await postStatements(app, statements);
    expect(response.status).toBe(200);
    return (await response.json()) as string[];
  }

  async function putStatement(statementId: string, body: unknown): Promise<Response> {
    return fetch(`${app.baseUrl}/xapi/statements?statementId=${statementId}`, {
      method: 'PUT',
      headers: lrsHeaders(app),
      body: JSON.stringify(body),
    });
  }

  it('counts what was received, voided and skipped, and who lacks demographics', async () => {
    // 23:30 UTC on 31 January is 1 February in Madrid, the reporting time zone.
    const [toVoid] = await store(
      statement({ actor: mbox('full') }),
      statement({ actor: mbox('full'), timestamp: '2020-04-01T10:00:00Z' }),
      statement({ actor: mbox('stranger-1') }),
      statement({ actor: { objectType: 'Group', ...mbox('team') } }),
      statement({
        actor: mbox('stranger-2'),
        object: {
          id: `${LMS}/unknown`,
          definition: { name: { ca: 'Curs desconegut' } },
        },
      }),
    );
    now = new Date('2024-04-10T10:00:00Z');
    await store(
      statement({
        actor: mbox('some'),
        verb: VOIDED,
        object: { objectType: 'StatementRef', id: toVoid },
      }),
    );
    await waitForFreshness(app.baseUrl, tokens.admin);

    const { status, body } = await quality();
    expect(status).toBe(200);
    expect(body.statements).toEqual({
      received: 6,
      byMonth: [
        { month: '2024-02', received: 5 },
        { month: '2024-03', received: 0 },
        { month: '2024-04', received: 1 },
      ],
      voided: 1,
      groupActorsSkipped: 1,
    });
    expect(body.persons).toEqual({
      registered: 3,
      registeredWithoutAny: 1,
      missing: { sex: 1, birthYear: 2, iscedLevel: 2, employmentStatus: 2, municipality: 2 },
      // The two strangers: everyone else is in the registry.
      unregisteredActors: 2,
    });
    expect(body.uncatalogued.limit).toBe(100);
    expect(body.uncatalogued.activities).toContainEqual({
      activityId: `${LMS}/unknown`,
      name: { ca: 'Curs desconegut' },
      type: null,
      statements: 1,
    });
    expect(body.rejections).toEqual({ total: 0, byReason: [], latest: [] });
  });

  it('records refused POSTs and PUTs by reason, without the values sent', async () => {
    now = new Date('2024-04-11T09:00:00Z');
    const badMbox = await postStatements(app, statement({ actor: { mbox: 'secret@example.org' } }));
    expect(badMbox.status).toBe(400);
    const id = randomUUID();
    const twice = await postStatements(app, [statement({ id }), statement({ id })]);
    expect(twice.status).toBe(400);
    now = new Date('2024-04-11T09:05:00Z');
    const mismatch = await putStatement(randomUUID(), statement({ id: randomUUID() }));
    expect(mismatch.status).toBe(400);
    const batch = await postStatements(app, [
      statement(),
      statement({ actor: { mbox: 'other-secret@example.org' } }),
    ]);
    expect(batch.status).toBe(400);
    // A stranger is refused before anything is recorded: no credential, no row.
    const stranger = await postStatements(app, statement({ actor: { mbox: 'x' } }), {
      ...lrsHeaders(app),
      Authorization: `Basic ${Buffer.from('nobody:wrong').toString('base64')}`,
    });
    expect(stranger.status).toBe(401);

    const { body } = await quality();
    expect(body.rejections.total).toBe(4);
    expect(body.rejections.byReason).toEqual([
      { code: 'xapi.invalid_statement', rejections: 2, lastRejectedAt: '2024-04-11T09:05:00.000Z' },
      {
        code: 'xapi.duplicate_id_in_batch',
        rejections: 1,
        lastRejectedAt: '2024-04-11T09:00:00.000Z',
      },
      { code: 'xapi.put_id_mismatch', rejections: 1, lastRejectedAt: '2024-04-11T09:05:00.000Z' },
    ]);
    expect(body.rejections.latest).toHaveLength(4);
    expect(body.rejections.latest[0]).toEqual({
      rejectedAt: '2024-04-11T09:05:00.000Z',
      code: 'xapi.invalid_statement',
      message: '$[1].actor.mbox: mbox.mailto',
      credentialKey: app.lrs.key,
    });
    expect(body.rejections.latest[3]).toMatchObject({
      code: 'xapi.invalid_statement',
      message: '$.actor.mbox: mbox.mailto',
    });
    expect(JSON.stringify(body.rejections)).not.toContain('secret@example.org');
    // Refused statements were never stored.
    expect(body.statements.received).toBe(6);
  });

  it('answers a refused statement with its 400 even when the rejection cannot be recorded', async () => {
    const db = app.app.get(DataSource);
    await db.query(`ALTER TABLE statement_rejections RENAME TO statement_rejections_away`);
    try {
      const response = await postStatements(app, statement({ actor: { mbox: 'nope' } }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('xapi.invalid_statement');
    } finally {
      await db.query(`ALTER TABLE statement_rejections_away RENAME TO statement_rejections`);
    }
  });

  it('keeps the latest rejections only, and every one in the counts', async () => {
    const rejections = app.app.get(StatementRejectionsRepository);
    for (let i = 0; i < KEPT_REJECTIONS; i++) {
      await rejections.record({
        rejectedAt: now,
        reasonCode: 'xapi.empty_batch',
        message: 'The batch holds no statement.',
        credentialKey: app.lrs.key,
      });
    }
    const [kept] = await app.app
      .get(DataSource)
      .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM statement_rejections`);
    expect(kept.n).toBe(KEPT_REJECTIONS);

    const { body } = await quality();
    expect(body.rejections.total).toBe(4 + KEPT_REJECTIONS);
    expect(body.rejections.byReason[0]).toMatchObject({
      code: 'xapi.empty_batch',
      rejections: KEPT_REJECTIONS,
    });
    expect(body.rejections.latest.length).toBeLessThan(KEPT_REJECTIONS);
  });

  it('opens the view to admins, managers and auditors only', async () => {
    expect((await quality('manager')).status).toBe(200);
    expect((await quality('auditor')).status).toBe(200);
    expect((await quality('communications')).status).toBe(403);
    const anonymous = await fetch(`${app.baseUrl}/api/quality`);
    expect(anonymous.status).toBe(401);
  });
});

async function loginAs(app: TestApp, role: Role): Promise<string> {
  const email = `${role}@test.local`;
  const password = `test-${role}-password`;
  await app.app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({ id: randomUUID(), email, passwordHash: await passwordHasher.hash(password), role });
  return login({ baseUrl: app.baseUrl, admin: { email, password } });
}
