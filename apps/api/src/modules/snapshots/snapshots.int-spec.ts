import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
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
import type { IndicatorsView } from '../indicators/indicators.view.js';
import type { EvidenceEntry, EvidenceView } from './evidence.service.js';
import type { PublicationView } from './publication-view.js';
import type { SnapshotVerificationView } from './snapshot-verification.service.js';
import type { SnapshotListItemView, SnapshotSummaryView, SnapshotView } from './snapshot.view.js';
import type {
  SnapshotComparisonView,
  SnapshotJobAccepted,
  SnapshotJobView,
} from './snapshots.service.js';

const COURSE = 'https://lms.example.org/courses/digital-skills';
const MASTERCLASS = 'https://meet.example.org/masterclass-7';
const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended' },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided' },
};
const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31' };

// Six women and three men in the registry; seven actors outside it (sex unknown).
const WOMEN = [1990, 1990, 1990, 1999, 1960, null].map((birthYear, i) => ({
  key: `w${i + 1}`,
  sex: 'woman',
  birthYear,
}));
const MEN = [1985, 1985, 1985].map((birthYear, i) => ({ key: `m${i + 1}`, sex: 'man', birthYear }));
const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  ...[...WOMEN, ...MEN].map(
    (p) => `P-${p.key},${p.key}@example.org,,,${p.sex},${p.birthYear ?? ''},,,Barcelona,`,
  ),
].join('\n');
const CATALOGUE = `activity_id,title,format,mode,programme,tags\n${COURSE},Digital skills,mooc,async,cibernarium,\n`;

const actor = (key: string) => ({ mbox: `mailto:${key}@example.org` });
const act = (key: string, verb: { id: string }, timestamp: string, object = COURSE) =>
  statement({ actor: actor(key), verb, timestamp, object: { id: object } });

/** Snapshots, verification, comparison, evidence and publication (spec sections 7 to 9). */
describe('snapshots', () => {
  let app: TestApp;
  const tokens = {} as Record<Role, string>;
  /** Statement ids by name, as the LRS returned them. */
  const ids: Record<string, string> = {};
  /** The first snapshot: the whole of 2020 at a cut-off before the late data. */
  let first: string;
  let firstCutoff: string;

  beforeAll(async () => {
    app = await startTestApp();
    tokens.admin = await login(app);
    for (const role of ['manager', 'auditor', 'communications'] as const) {
      tokens[role] = await loginAs(app, role);
    }
    await upload('/api/learners/import', REGISTRY);
    await upload('/api/courses/import', CATALOGUE);

    const unknown = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];
    const batch: [string, Record<string, unknown>][] = [
      ['w1-registered', act('w1', VERB.registered, '2020-03-10T10:00:00Z')],
      // Her second enrolment in the same course: the pair's first ever is the one above.
      ['w1-registered-again', act('w1', VERB.registered, '2020-06-10T10:00:00Z')],
      ...[...WOMEN, ...MEN, ...unknown.map((key) => ({ key }))]
        .filter(({ key }) => key !== 'w1')
        .map(({ key }): [string, Record<string, unknown>] => [
          `${key}-registered`,
          act(key, VERB.registered, '2020-03-10T10:00:00Z'),
        ]),
      ...['w1', 'w2', 'w3', 'w4', 'm1'].map((key): [string, Record<string, unknown>] => [
        `${key}-completed`,
        act(key, VERB.completed, '2020-09-10T10:00:00Z'),
      ]),
      // x is known only by one uncatalogued masterclass: a user and a completer, no enrolment.
      ['x-attended', act('x', VERB.attended, '2020-05-05T10:00:00Z', MASTERCLASS)],
    ];
    await post(batch);
  });
  afterAll(() => app.close());

  async function upload(path: string, csv: string) {
    const form = new FormData();
    form.append('file', new Blob([csv]), 'file.csv');
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.admin}` },
      body: form,
    });
    expect(response.status).toBe(200);
  }

  async function post(named: [string, Record<string, unknown>][]) {
    const response = await postStatements(
      app,
      named.map(([, body]) => body),
    );
    expect(response.status).toBe(200);
    const stored = (await response.json()) as string[];
    named.forEach(([name], i) => (ids[name] = stored[i]));
    await waitForFreshness(app.baseUrl, tokens.admin);
  }

  async function call<T>(
    method: string,
    path: string,
    role: Role = 'admin',
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[role]}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Asks for a snapshot and follows its job to the end; returns the last job state seen. */
  async function createSnapshot(body: object, role: Role = 'admin'): Promise<SnapshotJobView> {
    const accepted = await call<SnapshotJobAccepted>('POST', '/api/snapshots', role, body);
    expect(accepted.status).toBe(202);
    expect(accepted.body.status).toBe(`/api/snapshots/jobs/${accepted.body.jobId}`);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { status, body: job } = await call<SnapshotJobView>('GET', accepted.body.status, role);
      expect(status).toBe(200);
      if (job.state === 'completed' || job.state === 'failed') return job;
      if (Date.now() > deadline) throw new Error(`snapshot job still ${job.state}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const snapshot = async (id: string) =>
    (await call<SnapshotView>('GET', `/api/snapshots/${id}`)).body;

  const pause = () => new Promise((resolve) => setTimeout(resolve, 30));

  it('creates a snapshot through a job whose values are the indicators at its cut-off', async () => {
    await pause();
    firstCutoff = new Date().toISOString();
    await pause();
    const job = await createSnapshot({ ...YEAR_2020, cutoff: firstCutoff });
    expect(job).toMatchObject({ state: 'completed', error: null, progress: { stage: 'done' } });
    first = job.snapshotId!;
    expect(first).toBe(job.jobId);

    const frozen = await snapshot(first);
    expect(frozen).toMatchObject({
      cutoff: firstCutoff,
      query: { ...YEAR_2020, programme: null, format: null, course: null, ageScheme: 'esf2014' },
      createdBy: { email: app.admin.email },
      approval: null,
      supersedes: null,
      supersededBy: null,
      statementCount: 22,
    });
    expect(frozen.view).toMatchObject({
      users: 16,
      enrolments: 15,
      completions: 6,
      completers: 6,
      completionRate: 0.4,
    });
    expect(frozen.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const live = await getJson<IndicatorsView>(
      app.baseUrl,
      `/api/indicators?from=2020-01-01&to=2020-12-31&cutoff=${firstCutoff}`,
      tokens.admin,
    );
    expect(live.status).toBe(200);
    expect(frozen.view).toEqual(live.body);
    expect(frozen.view.provenance).toMatchObject({
      cutoff: firstCutoff,
      statementCount: frozen.statementCount,
      fingerprint: frozen.fingerprint,
    });
  });

  it('freezes at the instant its job starts when no cut-off is given', async () => {
    const before = new Date().toISOString();
    const job = await createSnapshot({ ...YEAR_2020, format: 'mooc' });
    const after = new Date().toISOString();
    const frozen = await snapshot(job.snapshotId!);
    expect(frozen.cutoff >= before && frozen.cutoff <= after).toBe(true);
    // The filter leaves out x, whose only activity is an uncatalogued masterclass.
    expect(frozen.view).toMatchObject({ users: 15, enrolments: 15, completions: 5 });
    expect(frozen.query.format).toBe('mooc');
  });

  it('refuses bad input with the field and the reason', async () => {
    const cases: [object, string][] = [
      [{ to: '2020-12-31' }, 'from'],
      [{ ...YEAR_2020, format: 'webinar' }, 'format'],
      [{ ...YEAR_2020, ageScheme: 'custom' }, 'ageBands'],
      [{ ...YEAR_2020, cutoff: '2020-12-31' }, 'cutoff'],
      [{ ...YEAR_2020, cutoff: new Date(Date.now() + 3_600_000).toISOString() }, 'cutoff'],
      [{ ...YEAR_2020, colour: 'blue' }, 'colour'],
      [{ ...YEAR_2020, supersedes: 'not-an-id', reason: 'typo' }, 'supersedes'],
    ];
    for (const [body, field] of cases) {
      const { status, body: error } = await call<{ details: { field: string }[] }>(
        'POST',
        '/api/snapshots',
        'admin',
        body,
      );
      expect({ field, status }).toEqual({ field, status: 400 });
      expect(error.details.map((detail) => detail.field)).toContain(field);
    }
  });

  it('keeps a snapshot when late data and a late void arrive: verify still matches', async () => {
    await pause();
    await post([
      // Stored after the cut-off, though it happened in 2020.
      ['late-registered', act('late', VERB.registered, '2020-04-01T10:00:00Z')],
      [
        'm1-completed-void',
        statement({
          actor: actor('m1'),
          verb: VERB.voided,
          object: { objectType: 'StatementRef', id: ids['m1-completed'] },
        }),
      ],
    ]);
    const now = await getJson<IndicatorsView>(
      app.baseUrl,
      '/api/indicators?from=2020-01-01&to=2020-12-31',
      tokens.admin,
    );
    // The late data does change today's figures...
    expect(now.body).toMatchObject({ users: 17, enrolments: 16, completions: 5, completers: 5 });

    // ...but not the snapshot's, nor what they recompute to at its cut-off.
    const { status, body } = await call<SnapshotVerificationView>(
      'POST',
      `/api/snapshots/${first}/verify`,
      'auditor',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      snapshotId: first,
      matches: true,
      fingerprintMatches: true,
      statementCountMatches: true,
      differences: [],
    });
    expect(body.statementCount).toEqual({ snapshot: 22, recomputed: 22 });
  });

  it('compares two snapshots value by value', async () => {
    const later = (await createSnapshot(YEAR_2020)).snapshotId!;
    const { status, body } = await call<SnapshotComparisonView>(
      'GET',
      `/api/snapshots/compare?a=${first}&b=${later}`,
      'auditor',
    );
    expect(status).toBe(200);
    expect(body.a.id).toBe(first);
    expect(body.b.id).toBe(later);
    // One statement more (the late one) and one fewer (voided): only the fingerprint tells.
    expect(body.statementCount).toEqual({ a: 22, b: 22, difference: 0 });
    expect(body.fingerprintsEqual).toBe(false);
    const value = (path: string) => body.values.find((comparison) => comparison.value === path);
    expect(value('users')).toEqual({ value: 'users', a: 16, b: 17, difference: 1, equal: false });
    expect(value('completions')).toMatchObject({ a: 6, b: 5, difference: -1 });
    expect(value('completionRate')).toMatchObject({ a: 0.4, b: 5 / 16, equal: false });
    expect(value('breakdowns.users.sex.unknown')).toMatchObject({ a: 7, b: 8, difference: 1 });
    expect(value('breakdowns.completions.sex.man')).toMatchObject({ a: 1, b: 0, difference: -1 });
    expect(value('breakdowns.users.sex.woman')).toMatchObject({ a: 6, b: 6, equal: true });
    expect(value('growth.users')).toMatchObject({ a: null, b: null, difference: null });
    expect(body.values.every((comparison) => comparison.value !== 'provenance.cutoff')).toBe(true);

    const missing = await call('GET', `/api/snapshots/compare?a=${first}`, 'auditor');
    expect(missing.status).toBe(400);
  });

  it('supersedes a snapshot only with a reason, and only once', async () => {
    const withoutReason = await call<{ details: { field: string }[] }>(
      'POST',
      '/api/snapshots',
      'manager',
      { ...YEAR_2020, supersedes: first },
    );
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.details[0]?.field).toBe('reason');
    const blankReason = await call('POST', '/api/snapshots', 'manager', {
      ...YEAR_2020,
      supersedes: first,
      reason: '   ',
    });
    expect(blankReason.status).toBe(400);
    const reasonAlone = await call('POST', '/api/snapshots', 'manager', {
      ...YEAR_2020,
      reason: 'no snapshot named',
    });
    expect(reasonAlone.status).toBe(400);
    const unknown = await call<{ details: { field: string }[] }>(
      'POST',
      '/api/snapshots',
      'manager',
      { ...YEAR_2020, supersedes: randomUUID(), reason: 'typo' },
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.details[0]?.field).toBe('supersedes');

    const reason = 'Late statements from the LMS export of 3 January';
    const correction = await createSnapshot({ ...YEAR_2020, supersedes: first, reason }, 'manager');
    expect(correction.state).toBe('completed');
    const corrected = await snapshot(correction.snapshotId!);
    expect(corrected.supersedes).toEqual({ id: first, reason });
    expect(corrected.createdBy.email).toBe('manager@test.local');
    expect((await snapshot(first)).supersededBy).toMatchObject({
      id: correction.snapshotId,
      by: 'manager@test.local',
    });

    const list = await call<SnapshotListItemView[]>('GET', '/api/snapshots', 'auditor');
    expect(list.status).toBe(200);
    expect(list.body[0]?.id).toBe(correction.snapshotId);
    const created = list.body.map((item) => item.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect(list.body.find((item) => item.id === first)).toMatchObject({
      supersededBy: { id: correction.snapshotId },
      headline: { users: 16, enrolments: 15, completions: 6, completers: 6 },
    });

    const again = await call<{ code: string }>('POST', '/api/snapshots', 'admin', {
      ...YEAR_2020,
      supersedes: first,
      reason: 'a second correction of the same snapshot',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('snapshots.already_superseded');
  });

  it('stores one correction when two race to supersede the same snapshot', async () => {
    const earlier = (await createSnapshot({ ...YEAR_2020, cutoff: firstCutoff })).snapshotId!;
    const body = { ...YEAR_2020, supersedes: earlier, reason: 'corrected twice at once' };
    const asked = await Promise.all([
      call<SnapshotJobAccepted>('POST', '/api/snapshots', 'admin', body),
      call<SnapshotJobAccepted>('POST', '/api/snapshots', 'manager', body),
    ]);
    const outcomes: string[] = [];
    for (const { status, body: accepted } of asked) {
      if (status !== 202) {
        // Refused up front when the other correction was already stored.
        expect(status).toBe(409);
        outcomes.push('refused');
        continue;
      }
      let job: SnapshotJobView;
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = (await call<SnapshotJobView>('GET', accepted.status)).body;
      } while (job.state !== 'completed' && job.state !== 'failed');
      if (job.state === 'failed') expect(job.error).toMatch(/superseded by another snapshot/);
      outcomes.push(job.state);
    }
    expect(outcomes.filter((outcome) => outcome === 'completed')).toHaveLength(1);
    expect((await snapshot(earlier)).supersededBy).not.toBeNull();
  });

  it('is approved once, by a manager or admin other than its creator', async () => {
    const byCreator = await call<{ code: string }>('POST', `/api/snapshots/${first}/approve`);
    expect(byCreator.status).toBe(403);
    expect(byCreator.body.code).toBe('snapshots.self_approval');
    expect((await call('POST', `/api/snapshots/${first}/approve`, 'auditor')).status).toBe(403);

    const approved = await call<SnapshotSummaryView>(
      'POST',
      `/api/snapshots/${first}/approve`,
      'manager',
    );
    expect(approved.status).toBe(200);
    expect(approved.body.approval).toMatchObject({ by: { email: 'manager@test.local' } });

    const twice = await call<{ code: string }>(
      'POST',
      `/api/snapshots/${first}/approve`,
      'manager',
    );
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('snapshots.already_approved');
    expect((await snapshot(first)).approval).toEqual(approved.body.approval);

    const unknown = await call('POST', `/api/snapshots/${randomUUID()}/approve`, 'manager');
    expect(unknown.status).toBe(404);
  });

  it('refuses any change to a stored snapshot but its one approval', async () => {
    const database = app.app.get(DataSource);
    const change = (id: string) =>
      database.query(`UPDATE snapshots SET statement_count = statement_count + 1 WHERE id = $1`, [
        id,
      ]);
    await expect(change(first)).rejects.toThrow(/approved and can no longer change/);
    const unapproved = await database.query<{ id: string }[]>(
      `SELECT id FROM snapshots WHERE approved_at IS NULL LIMIT 1`,
    );
    expect(unapproved).toHaveLength(1);
    await expect(change(unapproved[0].id)).rejects.toThrow(/frozen: only its approval/);
  });

  it('lists the statements behind every counted value, as many as the value', async () => {
    const values = [
      'users',
      'enrolments',
      'completions',
      'completers',
      'breakdowns.users.sex.woman',
      'breakdowns.users.sex.unknown',
      'breakdowns.users.ageBand.25-54',
      'breakdowns.enrolments.format.mooc',
      'breakdowns.completions.ageBand.25-54',
      'breakdowns.completions.format.uncatalogued',
      'breakdowns.users.residence.Barcelona',
    ];
    const all: Record<string, EvidenceEntry[]> = {};
    for (const value of values) {
      const entries: EvidenceEntry[] = [];
      let expected: number | undefined;
      for (let page = 1; ; page += 1) {
        const { status, body } = await call<EvidenceView>(
          'GET',
          `/api/snapshots/${first}/evidence?value=${encodeURIComponent(value)}&page=${page}&pageSize=4`,
          'auditor',
        );
        expect(status).toBe(200);
        expect(body.matches).toBe(true);
        expected = body.snapshotValue;
        expect(body.total).toBe(expected);
        entries.push(...body.entries);
        if (body.entries.length < 4) break;
      }
      expect({ value, entries: entries.length }).toEqual({ value, entries: expected });
      const keys = entries.map((entry) => `${entry.person}|${entry.course ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const entry of entries) expect(entry.statementIds.length).toBeGreaterThan(0);
      all[value] = entries;
    }
    const frozen = (await snapshot(first)).view;
    expect(all['users']).toHaveLength(frozen.users);
    expect(all['breakdowns.users.sex.woman']).toHaveLength(6);
    expect(all['breakdowns.completions.ageBand.25-54']).toHaveLength(4);

    // Persons are pseudonymous: the registry's id, or the actor key outside it.
    expect(all['breakdowns.users.sex.woman']?.map((entry) => entry.person).sort()).toEqual(
      WOMEN.map((woman) => `person:P-${woman.key}`),
    );
    expect(all['breakdowns.users.sex.unknown']?.every((e) => e.person.startsWith('actor:'))).toBe(
      true,
    );
    expect(all['users']?.some((entry) => entry.person.includes('example.org'))).toBe(false);
    // A user's qualifying statements in the period, oldest first.
    expect(all['users']?.find((entry) => entry.person === 'person:P-w1')?.statementIds).toEqual([
      ids['w1-registered'],
      ids['w1-registered-again'],
      ids['w1-completed'],
    ]);
    // A pair's first ever enrolment, not the later one.
    expect(
      all['enrolments']?.find((entry) => entry.person === 'person:P-w1')?.statementIds,
    ).toEqual([ids['w1-registered']]);
    // Seen at the cut-off: the completion voided after it is still evidence, the late user is not.
    expect(
      all['completions']?.find((entry) => entry.person === 'person:P-m1')?.statementIds,
    ).toEqual([ids['m1-completed']]);
    expect(all['users']?.flatMap((entry) => entry.statementIds)).not.toContain(
      ids['late-registered'],
    );
    expect(all['breakdowns.completions.format.uncatalogued']?.[0]).toMatchObject({
      course: MASTERCLASS,
      statementIds: [ids['x-attended']],
    });
  });

  it('gives evidence with the filters of the snapshot', async () => {
    const filtered = (await createSnapshot({ ...YEAR_2020, format: 'mooc', cutoff: firstCutoff }))
      .snapshotId!;
    for (const value of ['users', 'completions', 'completers']) {
      const { body } = await call<EvidenceView>(
        'GET',
        `/api/snapshots/${filtered}/evidence?value=${value}&pageSize=500`,
        'admin',
      );
      expect({ value, total: body.total, matches: body.matches }).toEqual({
        value,
        total: body.snapshotValue,
        matches: true,
      });
      expect(body.entries).toHaveLength(body.total);
      expect(body.entries.flatMap((entry) => entry.courses ?? [entry.course])).not.toContain(
        MASTERCLASS,
      );
    }
    const users = await call<EvidenceView>(
      'GET',
      `/api/snapshots/${filtered}/evidence?value=users&pageSize=500`,
      'admin',
    );
    expect(users.body.total).toBe(15);
    expect(users.body.entries.flatMap((entry) => entry.statementIds)).not.toContain(
      ids['x-attended'],
    );
  });

  it('refuses evidence of what is not a counted value, and to other roles', async () => {
    for (const value of [
      'completionRate',
      'growth.users',
      'breakdowns.users.format.mooc',
      'breakdowns.users.sex.alien',
      'breakdowns.users.sex.constructor',
    ]) {
      const { status, body } = await call<{ details: { field: string }[] }>(
        'GET',
        `/api/snapshots/${first}/evidence?value=${encodeURIComponent(value)}`,
        'auditor',
      );
      expect({ value, status }).toEqual({ value, status: 400 });
      expect(body.details[0]?.field).toBe('value');
    }
    const badPage = await call(
      'GET',
      `/api/snapshots/${first}/evidence?value=users&page=0`,
      'auditor',
    );
    expect(badPage.status).toBe(400);
    for (const role of ['manager', 'communications'] as const) {
      const { status } = await call('GET', `/api/snapshots/${first}/evidence?value=users`, role);
      expect({ role, status }).toEqual({ role, status: 403 });
    }
  });

  it('publishes exact totals, protected breakdowns and the rule with its k', async () => {
    const { status, body } = await call<PublicationView>(
      'GET',
      `/api/snapshots/${first}/publication`,
      'communications',
    );
    expect(status).toBe(200);
    expect(body.k).toBe(5);
    expect(body.totals).toEqual({ users: 16, enrolments: 15, completions: 6, completers: 6 });
    // 3 men are hidden as <5, so the smallest other count (6 women) is hidden too.
    expect(body.breakdowns['users']?.['sex']).toEqual({
      woman: 'c',
      man: '<5',
      non_binary: 0,
      unknown: 5,
    });
    expect(body.breakdowns['completions']?.['format']).toEqual({
      mooc: 'c',
      instant: 0,
      masterclass: 0,
      course: 0,
      uncatalogued: '<5',
      unknown: 0,
    });
    expect(body.percentages.completionRate).toEqual({ kind: 'shown', value: 40 });
    expect(body.rule).toContain('counts of 1 to 4 are shown as "<5"');
    expect(body.snapshot.approval).not.toBeNull();

    const k3 = await call<PublicationView>(
      'GET',
      `/api/snapshots/${first}/publication?k=3&lang=ca`,
      'auditor',
    );
    expect(k3.body.breakdowns['users']?.['sex']).toEqual({
      woman: 5,
      man: 5,
      non_binary: 0,
      unknown: 5,
    });
    expect(k3.body.rule).toMatch(/^Protecció del secret estadístic/);

    for (const query of ['k=2', 'k=11', 'k=five', 'lang=fr']) {
      const bad = await call<{ details: { field: string }[] }>(
        'GET',
        `/api/snapshots/${first}/publication?${query}`,
        'auditor',
      );
      expect({ query, status: bad.status }).toEqual({ query, status: 400 });
      expect(bad.body.details[0]?.field).toBe(query.split('=')[0] === 'k' ? 'k' : 'lang');
    }
  });

  it('opens only approved publication views to communications, and nothing else to it', async () => {
    const list = await call<SnapshotListItemView[]>('GET', '/api/snapshots', 'admin');
    const unapproved = list.body.find((item) => item.approval === null)!;
    const refused = await call<{ code: string }>(
      'GET',
      `/api/snapshots/${unapproved.id}/publication`,
      'communications',
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('snapshots.not_approved');
    expect(
      (await call('GET', `/api/snapshots/${unapproved.id}/publication`, 'manager')).status,
    ).toBe(200);
    for (const path of ['/api/snapshots', `/api/snapshots/${first}`]) {
      expect((await call('GET', path, 'communications')).status).toBe(403);
    }
    expect((await call('POST', '/api/snapshots', 'auditor', YEAR_2020)).status).toBe(403);
    expect((await call('GET', `/api/snapshots/${randomUUID()}`, 'auditor')).status).toBe(404);
    expect((await call('GET', '/api/snapshots/not-a-uuid', 'auditor')).status).toBe(400);
  });

  it('reports every value that no longer matches when the registry has changed', async () => {
    // w2 is re-registered as a man: the snapshot keeps its figures, a recomputation does not.
    await upload(
      '/api/learners/import',
      `${REGISTRY.split('\n')[0]}\nP-w2,w2@example.org,,,man,1990,,,Barcelona,\n`,
    );
    const { body } = await call<SnapshotVerificationView>(
      'POST',
      `/api/snapshots/${first}/verify`,
      'auditor',
    );
    expect(body.matches).toBe(false);
    expect(body.fingerprintMatches).toBe(true);
    expect(body.differences).toEqual(
      expect.arrayContaining([
        { value: 'breakdowns.users.sex.woman', snapshot: 6, recomputed: 5, difference: -1 },
        { value: 'breakdowns.users.sex.man', snapshot: 3, recomputed: 4, difference: 1 },
      ]),
    );
    expect(body.differences.map((difference) => difference.value)).not.toContain('users');
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
