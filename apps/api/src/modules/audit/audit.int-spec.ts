import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LEARNER, loadPersonData, type PersonData } from '../../../test/person-data.fixture.js';
import { signInAdmin, signInAs, type SignedInUser } from '../../../test/signed-in-users.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import type { AuditEventView, AuditPageView } from './audit-event.view.js';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; message: string }[];
}

/** The audit log (issue 9): what writes an event, what it holds, and who reads it. */
describe('audit log', () => {
  let app: TestApp;
  let admin: SignedInUser;
  let auditor: SignedInUser;
  let manager: SignedInUser;
  let communications: SignedInUser;
  let data: PersonData;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    auditor = await signInAs(app, 'auditor');
    manager = await signInAs(app, 'manager');
    communications = await signInAs(app, 'communications');
    data = await loadPersonData(app, { admin, auditor });
  });
  afterAll(() => app.close());

  async function call(user: SignedInUser | null, method: string, path: string, body?: unknown) {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: {
        ...(user ? { Authorization: `Bearer ${user.token}` } : {}),
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text };
  }

  async function audit(query = ''): Promise<AuditPageView> {
    const { status, text } = await call(admin, 'GET', `/api/admin/audit${query}`);
    expect(status).toBe(200);
    return JSON.parse(text) as AuditPageView;
  }

  /** Runs `act` and returns the events it wrote, oldest first. */
  async function eventsOf(act: () => Promise<unknown>): Promise<AuditEventView[]> {
    const before = (await audit('?pageSize=1')).total;
    await act();
    const after = await audit(`?pageSize=200`);
    return after.events.slice(0, after.total - before).reverse();
  }

  const asUser = (user: SignedInUser) => ({ id: user.id, email: user.email, role: user.role });

  it('records a view of evidence: who, which snapshot, which value and page', async () => {
    const events = await eventsOf(async () => {
      const { status } = await call(
        auditor,
        'GET',
        `/api/snapshots/${data.snapshotId}/evidence?value=users&page=1&pageSize=10`,
      );
      expect(status).toBe(200);
    });
    expect(events).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        user: asUser(auditor),
        action: 'evidence.view',
        subject: { type: 'snapshot', id: data.snapshotId },
        details: { value: 'users', page: 1, entries: 2 },
        clientAddress: expect.stringMatching(/127\.0\.0\.1$/),
      },
    ]);
    expect(Math.abs(Date.parse(events[0]?.at ?? '') - Date.now())).toBeLessThan(60_000);
  });

  it('records nothing for a refused or failed request: those are not views', async () => {
    const events = await eventsOf(async () => {
      const path = `/api/snapshots/${data.snapshotId}/evidence?value=users`;
      expect((await call(manager, 'GET', path)).status).toBe(403);
      expect((await call(communications, 'GET', path)).status).toBe(403);
      expect((await call(null, 'GET', path)).status).toBe(401);
      expect(
        (await call(auditor, 'GET', `/api/snapshots/${data.snapshotId}/evidence?value=nothing`))
          .status,
      ).toBe(400);
      expect((await call(auditor, 'GET', `/api/learners/P-nobody`)).status).toBe(404);
    });
    expect(events).toEqual([]);
  });

  it('records views of a person and of their identities, without the personal data', async () => {
    const events = await eventsOf(async () => {
      const person = await call(auditor, 'GET', `/api/learners/${data.personId}`);
      expect(person.status).toBe(200);
      const identities = await call(admin, 'GET', `/api/learners/${data.personId}/identities`);
      expect(identities.status).toBe(200);
      expect(identities.text).toContain(LEARNER.email);
    });
    expect(
      events.map(({ user, action, subject, details }) => ({ user, action, subject, details })),
    ).toEqual([
      {
        user: asUser(auditor),
        action: 'learner.view',
        subject: { type: 'person', id: data.personId },
        details: {},
      },
      {
        user: asUser(admin),
        action: 'learner.identities.view',
        subject: { type: 'person', id: data.personId },
        details: { identities: 1 },
      },
    ]);
    const stored = await app.app
      .get(DataSource)
      .query(`SELECT to_jsonb(e)::text AS row FROM audit_events e`);
    const everything = (stored as { row: string }[]).map(({ row }) => row).join('\n');
    expect(everything).not.toContain(LEARNER.email);
    expect(everything).not.toContain('1990');
  });

  it('records a download of an export file with its kind and whether it held evidence', async () => {
    const events = await eventsOf(async () => {
      const response = await fetch(`${app.baseUrl}/api/exports/${data.evidenceExportId}/file`, {
        headers: { Authorization: `Bearer ${admin.token}` },
      });
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    });
    expect(events).toMatchObject([
      {
        user: asUser(admin),
        action: 'export.download',
        subject: { type: 'export', id: data.evidenceExportId },
        details: { kind: 'erdf', evidence: true, requestedBy: auditor.id },
      },
    ]);
  });

  it('records every change an admin makes to users, never a password', async () => {
    let created = { user: { id: '' }, temporaryPassword: '' };
    let reset = { temporaryPassword: '' };
    const events = await eventsOf(async () => {
      const made = await call(admin, 'POST', '/api/admin/users', {
        email: 'new.user@test.local',
        role: 'manager',
      });
      expect(made.status).toBe(201);
      created = JSON.parse(made.text) as typeof created;
      const id = created.user.id;
      const steps: [string, string, unknown?][] = [
        ['PUT', `/api/admin/users/${id}/role`, { role: 'auditor' }],
        ['POST', `/api/admin/users/${id}/disable`],
        ['POST', `/api/admin/users/${id}/enable`],
      ];
      for (const [method, path, body] of steps) {
        expect((await call(admin, method, path, body)).status).toBe(200);
      }
      const resetting = await call(admin, 'POST', `/api/admin/users/${id}/password-reset`);
      expect(resetting.status).toBe(200);
      reset = JSON.parse(resetting.text) as typeof reset;
      // Refused changes (your own role) change nothing and record nothing.
      expect(
        (await call(admin, 'PUT', `/api/admin/users/${admin.id}/role`, { role: 'manager' })).status,
      ).toBe(409);
    });
    const subject = { type: 'user', id: created.user.id };
    expect(
      events.map(({ user, action, subject, details }) => ({ user, action, subject, details })),
    ).toEqual([
      { user: asUser(admin), action: 'user.create', subject, details: { role: 'manager' } },
      { user: asUser(admin), action: 'user.role_change', subject, details: { role: 'auditor' } },
      { user: asUser(admin), action: 'user.disable', subject, details: {} },
      { user: asUser(admin), action: 'user.enable', subject, details: {} },
      { user: asUser(admin), action: 'user.password_reset', subject, details: {} },
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toContain(created.temporaryPassword);
    expect(text).not.toContain(reset.temporaryPassword);
  });

  it('records refused logins: about the account when the address is one, else about no one', async () => {
    const typedByStranger = `nobody-${randomUUID()}@test.local`;
    const events = await eventsOf(async () => {
      const attempts = [
        { email: ` ${manager.email.toUpperCase()} `, password: 'not-the-password' },
        { email: typedByStranger, password: 'not-the-password' },
      ];
      for (const attempt of attempts) {
        expect((await call(null, 'POST', '/api/auth/login', attempt)).status).toBe(401);
      }
      // A malformed request is not an attempt on anyone's account.
      expect((await call(null, 'POST', '/api/auth/login', { email: 'x' })).status).toBe(400);
    });
    expect(
      events.map(({ user, action, subject, details }) => ({ user, action, subject, details })),
    ).toEqual([
      {
        user: asUser(manager),
        action: 'auth.login_refused',
        subject: { type: 'user', id: manager.id },
        details: { code: 'auth.invalid_credentials' },
      },
      {
        user: null,
        action: 'auth.login_refused',
        subject: null,
        details: { code: 'auth.invalid_credentials' },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain(typedByStranger);
  });

  it('lists events newest first, a page at a time, filtered by action, user and dates', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await call(auditor, 'GET', `/api/learners/${data.personId}`)).status).toBe(200);
    }
    const all = await audit('?pageSize=200');
    const ats = all.events.map((event) => event.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(all.events.length).toBe(all.total);

    const second = await audit('?page=2&pageSize=2');
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(second.events.map((event) => event.id)).toEqual(
      all.events.slice(2, 4).map((event) => event.id),
    );

    const views = await audit(`?action=learner.view&user=${encodeURIComponent(auditor.email)}`);
    expect(views.total).toBeGreaterThanOrEqual(4);
    expect(
      views.events.every((e) => e.action === 'learner.view' && e.user?.id === auditor.id),
    ).toBe(true);
    expect((await audit(`?action=learner.view&user=${auditor.id}`)).total).toBe(views.total);
    expect((await audit(`?user=${manager.id}&action=learner.view`)).total).toBe(0);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(
      new Date(),
    );
    expect((await audit(`?from=${today}&to=${today}`)).total).toBe(all.total);
    expect((await audit(`?from=2020-01-01&to=2020-12-31`)).total).toBe(0);
  });

  it('refuses filters it cannot apply, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['?action=everything', 'action'],
      ['?from=2026-02-30', 'from'],
      ['?from=2026-05-02&to=2026-05-01', 'from'],
      ['?page=0', 'page'],
      ['?pageSize=201', 'pageSize'],
      ['?page=1&page=2', 'page'],
      ['?who=admin', 'who'],
    ];
    for (const [query, field] of cases) {
      const { status, text } = await call(admin, 'GET', `/api/admin/audit${query}`);
      expect([query, status]).toEqual([query, 400]);
      expect((JSON.parse(text) as ErrorBody).details?.map((d) => d.field)).toContain(field);
    }
  });

  it('is for admins only', async () => {
    for (const user of [manager, auditor, communications]) {
      const { status, text } = await call(user, 'GET', '/api/admin/audit');
      expect([user.role, status]).toEqual([user.role, 403]);
      expect(text).not.toContain('evidence.view');
    }
    expect((await call(null, 'GET', '/api/admin/audit')).status).toBe(401);
  });

  it('keeps events as written: the database refuses to change or delete them', async () => {
    const database = app.app.get(DataSource);
    const count = async () =>
      (await database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events`))[0]?.n;
    const before = await count();
    await expect(
      database.query(`UPDATE audit_events SET user_email = 'someone@else'`),
    ).rejects.toThrow(/never changed or deleted/);
    await expect(database.query(`DELETE FROM audit_events`)).rejects.toThrow(
      /never changed or deleted/,
    );
    await expect(database.query(`TRUNCATE audit_events`)).rejects.toThrow(
      /never changed or deleted/,
    );
    expect(await count()).toBe(before);
  });

  it('answers with an error, not unaudited data, when the event cannot be written', async () => {
    const database = app.app.get(DataSource);
    // A real failure of the real table: every insert refused until the trigger is dropped.
    await database.query(`
      CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
    await database.query(
      `CREATE TRIGGER trg_test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`,
    );
    try {
      const evidence = await call(
        auditor,
        'GET',
        `/api/snapshots/${data.snapshotId}/evidence?value=users`,
      );
      expect(evidence.status).toBe(500);
      expect(evidence.text).not.toMatch(/statementIds|person:/);
      const identities = await call(admin, 'GET', `/api/learners/${data.personId}/identities`);
      expect(identities.status).toBe(500);
      expect(identities.text).not.toContain(LEARNER.email);
      // The download is recorded before its first byte is sent, so none is.
      const download = await fetch(`${app.baseUrl}/api/exports/${data.evidenceExportId}/file`, {
        headers: { Authorization: `Bearer ${admin.token}` },
      });
      expect(download.status).toBe(500);
      expect(download.headers.get('content-disposition')).toBeNull();
      expect(await download.text()).not.toContain('PK');
    } finally {
      await database.query(`DROP TRIGGER trg_test_refuse_audit ON audit_events`);
      await database.query(`DROP FUNCTION test_refuse_audit()`);
    }
    expect(
      (await call(auditor, 'GET', `/api/snapshots/${data.snapshotId}/evidence?value=users`)).status,
    ).toBe(200);
  });
});
