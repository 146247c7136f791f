import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { login, postStatements, statement, waitForFreshness } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { passwordHasher } from '../auth/password-hasher.js';
import { ROLES, type Role } from '../auth/role.js';
import { UserEntity } from '../auth/user.entity.js';
import type { PublicationView } from './publication-view.js';
import type { PublishableSnapshotView } from './publication-snapshot.view.js';
import type { SnapshotJobAccepted, SnapshotJobView } from './snapshots.service.js';

const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31' };

/**
 * `GET /api/snapshots/published`: how communications staff, who may not list
 * snapshots, find the ones whose figures they may publish (issue 7).
 */
describe('publishable snapshots', () => {
  let app: TestApp;
  const tokens = {} as Record<Role, string>;
  /** approved; approved then corrected; the approved correction; never approved. */
  const ids = { approved: '', corrected: '', correction: '', unapproved: '' };

  beforeAll(async () => {
    app = await startTestApp();
    tokens.admin = await login(app);
    for (const role of ['manager', 'auditor', 'communications'] as const) {
      tokens[role] = await loginAs(app, role);
    }
    await postStatements(app, [
      statement({ timestamp: '2021-02-01T10:00:00Z' }),
      statement({ timestamp: '2021-03-01T10:00:00Z' }),
    ]);
    await waitForFreshness(app.baseUrl, tokens.admin);

    // Created by the admin, approved by the manager: approval needs a second person.
    ids.approved = await createSnapshot(YEAR_2021, 'admin');
    await approve(ids.approved, 'manager');
    ids.corrected = await createSnapshot({ ...YEAR_2021, format: 'mooc' }, 'admin');
    await approve(ids.corrected, 'manager');
    ids.correction = await createSnapshot(
      { ...YEAR_2021, format: 'mooc', supersedes: ids.corrected, reason: 'Wrong catalogue' },
      'manager',
    );
    await approve(ids.correction, 'admin');
    ids.unapproved = await createSnapshot({ from: '2021-01-01', to: '2021-06-30' }, 'admin');
  });
  afterAll(() => app.close());

  async function call<T>(method: string, path: string, role: Role, body?: unknown) {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[role]}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async function createSnapshot(body: object, role: Role): Promise<string> {
    const accepted = await call<SnapshotJobAccepted>('POST', '/api/snapshots', role, body);
    expect(accepted.status).toBe(202);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { body: job } = await call<SnapshotJobView>('GET', accepted.body.status, role);
      if (job.state === 'completed') return job.snapshotId!;
      if (job.state === 'failed' || Date.now() > deadline) {
        throw new Error(`snapshot job ${job.state}: ${job.error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function approve(id: string, role: Role): Promise<void> {
    expect((await call('POST', `/api/snapshots/${id}/approve`, role)).status).toBe(200);
  }

  it('lists to communications only approved snapshots that nothing supersedes, newest first', async () => {
    const { status, body } = await call<PublishableSnapshotView[]>(
      'GET',
      '/api/snapshots/published',
      'communications',
    );
    expect(status).toBe(200);
    expect(body.map((item) => item.id)).toEqual([ids.correction, ids.approved]);
    expect(body.map((item) => item.id)).not.toContain(ids.unapproved);
    expect(body.map((item) => item.id)).not.toContain(ids.corrected);
  });

  it('gives the question and its dates, and nothing about any person', async () => {
    const { body } = await call<PublishableSnapshotView[]>(
      'GET',
      '/api/snapshots/published',
      'communications',
    );
    expect(body).toHaveLength(2);
    const correction = body[0];
    expect(Object.keys(correction).sort()).toEqual(
      ['approvedAt', 'cutoff', 'definitionsVersion', 'id', 'query'].sort(),
    );
    expect(correction.query).toEqual({
      ...YEAR_2021,
      programme: null,
      format: 'mooc',
      course: null,
      ageScheme: 'esf2014',
      ageBands: null,
    });
    expect(Date.parse(correction.approvedAt)).toBeGreaterThanOrEqual(Date.parse(correction.cutoff));
    expect(JSON.stringify(body)).not.toMatch(/@test\.local/);

    // Each listed snapshot opens as a publication view for communications.
    const view = await call<PublicationView>(
      'GET',
      `/api/snapshots/${correction.id}/publication`,
      'communications',
    );
    expect(view.status).toBe(200);
    expect(view.body.snapshot.id).toBe(correction.id);
    // The zone of the cut-off's day, for the dates of ready-to-quote sentences.
    expect(view.body.snapshot.timeZone).toBe('Europe/Madrid');
  });

  it('is open to every role, and to no one signed out', async () => {
    for (const role of ROLES) {
      const { status, body } = await call<PublishableSnapshotView[]>(
        'GET',
        '/api/snapshots/published',
        role,
      );
      expect({ role, status, count: body.length }).toEqual({ role, status: 200, count: 2 });
    }
    const anonymous = await fetch(`${app.baseUrl}/api/snapshots/published`);
    expect(anonymous.status).toBe(401);
    // The other snapshot routes stay closed to communications.
    expect((await call('GET', '/api/snapshots', 'communications')).status).toBe(403);
    expect((await call('GET', `/api/snapshots/${ids.approved}`, 'communications')).status).toBe(
      403,
    );
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
