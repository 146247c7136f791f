import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { login } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import type { Role } from '../auth/role.js';
import { UsersService, type UserView, type UserWithPassword } from './users.service.js';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; message: string }[];
}

describe('user administration: /api/admin/users', () => {
  let app: TestApp;
  let adminToken: string;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp();
    adminToken = await login(app);
    adminId = ((await (await call(adminToken, 'GET', '/api/auth/me')).json()) as { id: string }).id;
  });
  afterAll(() => app.close());

  function call(token: string | null, method: string, path: string, body?: unknown) {
    return fetch(`${app.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
  const admin = (method: string, path = '', body?: unknown) =>
    call(adminToken, method, `/api/admin/users${path}`, body);
  const signIn = (email: string, password: string) =>
    call(null, 'POST', '/api/auth/login', { email, password });

  let counter = 0;
  async function createUser(role: Role, password?: string): Promise<UserWithPassword> {
    counter += 1;
    const response = await admin('POST', '', {
      email: `user${counter}@test.local`,
      role,
      ...(password === undefined ? {} : { password }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as UserWithPassword;
  }
  async function tokenOf(created: UserWithPassword): Promise<string> {
    const response = await signIn(created.user.email, created.temporaryPassword ?? '');
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  }
  const me = (token: string) => call(token, 'GET', '/api/auth/me');

  it('creates a user with a temporary password shown once, which signs them in', async () => {
    const response = await admin('POST', '', {
      email: '  Maria.Puig@Test.LOCAL ',
      role: 'manager',
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as UserWithPassword;
    expect(created.user).toMatchObject({
      email: 'maria.puig@test.local',
      role: 'manager',
      lastLoginAt: null,
      disabledAt: null,
    });
    expect(created.temporaryPassword).toHaveLength(24);
    expect((await me(await tokenOf(created))).status).toBe(200);

    const listed = await admin('GET');
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(created.temporaryPassword);
    expect(text).not.toMatch(/password|argon2/i);
    const row = (JSON.parse(text) as UserView[]).find((u) => u.id === created.user.id);
    expect(row?.lastLoginAt).not.toBeNull();
  });

  it('lists every user with role, creation, last sign-in and status', async () => {
    const users = (await (await admin('GET')).json()) as UserView[];
    const first = users.find((u) => u.email === app.admin.email);
    expect(first).toEqual({
      id: adminId,
      email: app.admin.email,
      role: 'admin',
      createdAt: expect.any(String),
      lastLoginAt: expect.any(String),
      disabledAt: null,
    });
  });

  it('keeps a password the admin chose, and does not echo it', async () => {
    const created = await createUser('auditor', 'river stone lantern 42');
    expect(created.temporaryPassword).toBeNull();
    expect((await signIn(created.user.email, 'river stone lantern 42')).status).toBe(200);
  });

  it('names every problem of a bad new user, with the field', async () => {
    const response = await admin('POST', '', {
      email: 'not-an-address',
      role: 'owner',
      password: 'aaaa',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.code).toBe('request.invalid');
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'must be an e-mail address such as name@example.org' },
        { field: 'role', message: 'must be one of: admin, manager, auditor, communications' },
        { field: 'password', message: 'must have at least 12 characters' },
        { field: 'password', message: 'must use at least 5 different characters' },
      ]),
    );
  });

  it('refuses a password holding the e-mail name', async () => {
    const response = await admin('POST', '', {
      email: 'jordi.vila@test.local',
      role: 'manager',
      password: 'Jordi.Vila-2026-spring',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).details).toEqual([
      { field: 'password', message: 'must not contain the name part of the e-mail address' },
    ]);
  });

  it('refuses a second user with the same e-mail, whatever its case (409)', async () => {
    const created = await createUser('manager');
    const response = await admin('POST', '', {
      email: created.user.email.toUpperCase(),
      role: 'auditor',
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).code).toBe('users.email_taken');
  });

  it('changes a role, which applies to the next request at once', async () => {
    const created = await createUser('communications');
    const token = await tokenOf(created);
    expect((await call(token, 'GET', '/api/admin/users')).status).toBe(403);

    const response = await admin('PUT', `/${created.user.id}/role`, { role: 'admin' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as UserView).role).toBe('admin');
    expect((await call(token, 'GET', '/api/admin/users')).status).toBe(200);

    const bad = await admin('PUT', `/${created.user.id}/role`, { role: 'boss' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).details?.[0]?.field).toBe('role');
  });

  it('refuses to change your own role (409)', async () => {
    const response = await admin('PUT', `/${adminId}/role`, { role: 'manager' });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).code).toBe('users.own_role');
  });

  it('disables a user: their sessions end and they cannot sign in until enabled', async () => {
    const created = await createUser('manager');
    const token = await tokenOf(created);

    const disabled = await admin('POST', `/${created.user.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(((await disabled.json()) as UserView).disabledAt).not.toBeNull();
    expect((await me(token)).status).toBe(401);

    const refused = await signIn(created.user.email, created.temporaryPassword ?? '');
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as ErrorBody).code).toBe('auth.account_disabled');
    // A wrong password still gets the usual answer: the status is told only to the owner.
    const guessed = await signIn(created.user.email, 'not the password');
    expect(((await guessed.json()) as ErrorBody).code).toBe('auth.invalid_credentials');

    const enabled = await admin('POST', `/${created.user.id}/enable`);
    expect(enabled.status).toBe(200);
    expect(((await enabled.json()) as UserView).disabledAt).toBeNull();
    expect((await me(await tokenOf(created))).status).toBe(200);
  });

  it('refuses to disable yourself (409)', async () => {
    const response = await admin('POST', `/${adminId}/disable`);
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).code).toBe('users.own_account');
    expect((await me(adminToken)).status).toBe(200);
  });

  it('resets a password: the old one and every session stop, the returned one works', async () => {
    const created = await createUser('auditor');
    const token = await tokenOf(created);

    const response = await admin('POST', `/${created.user.id}/password-reset`);
    expect(response.status).toBe(200);
    const reset = (await response.json()) as UserWithPassword;
    expect(reset.user.id).toBe(created.user.id);
    expect(reset.temporaryPassword).toHaveLength(24);
    expect(reset.temporaryPassword).not.toBe(created.temporaryPassword);

    expect((await me(token)).status).toBe(401);
    expect((await signIn(created.user.email, created.temporaryPassword ?? '')).status).toBe(401);
    expect((await me(await tokenOf(reset))).status).toBe(200);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const unknown = await admin('POST', `/${randomUUID()}/enable`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).code).toBe('users.not_found');
    const malformed = await admin('POST', '/42/password-reset');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).details).toEqual([
      { field: 'id', message: 'must be a user id (a UUID)' },
    ]);
  });

  it('never takes the last enabled admin away', async () => {
    // Over HTTP an admin cannot target themselves, so only a race reaches this:
    // here an actor whose own account is gone by the time the change runs.
    const someoneElse = { id: randomUUID(), email: 'gone@test.local', role: 'admin' as const };
    const users = app.app.get(UsersService);
    const admins = (await users.list()).filter((u) => u.role === 'admin' && !u.disabledAt);
    for (const other of admins.filter((u) => u.id !== adminId))
      await users.disable({ id: adminId, email: app.admin.email, role: 'admin' }, other.id);

    await expect(users.changeRole(someoneElse, adminId, 'manager')).rejects.toMatchObject({
      status: 409,
      code: 'users.last_admin',
    });
    await expect(users.disable(someoneElse, adminId)).rejects.toMatchObject({
      status: 409,
      code: 'users.last_admin',
    });
  });

  it('keeps one admin when two admins demote each other at the same moment', async () => {
    const other = await createUser('admin');
    const otherToken = await tokenOf(other);
    const [mine, theirs] = await Promise.all([
      admin('PUT', `/${other.user.id}/role`, { role: 'manager' }),
      call(otherToken, 'PUT', `/api/admin/users/${adminId}/role`, { role: 'manager' }),
    ]);
    // The later one is refused: 409 if it passed the role check first, else 403.
    expect([mine.status, theirs.status].filter((status) => status === 200)).toHaveLength(1);
    const users = (await app.app.get(UsersService).list()).filter(
      (u) => u.role === 'admin' && !u.disabledAt,
    );
    expect(users).toHaveLength(1);
    // The specs below act as the first admin again.
    if (users[0]?.id !== adminId)
      expect(
        (await call(otherToken, 'PUT', `/api/admin/users/${adminId}/role`, { role: 'admin' }))
          .status,
      ).toBe(200);
  });

  it.each(['manager', 'auditor', 'communications'] as const)(
    'is for admins only: a %s gets 403 on every route',
    async (role) => {
      const token = await tokenOf(await createUser(role));
      const target = `/api/admin/users/${adminId}`;
      const attempts = await Promise.all([
        call(token, 'GET', '/api/admin/users'),
        call(token, 'POST', '/api/admin/users', { email: 'x@test.local', role: 'admin' }),
        call(token, 'PUT', `${target}/role`, { role: 'manager' }),
        call(token, 'POST', `${target}/disable`),
        call(token, 'POST', `${target}/enable`),
        call(token, 'POST', `${target}/password-reset`),
      ]);
      expect(attempts.map((response) => response.status)).toEqual([403, 403, 403, 403, 403, 403]);
    },
  );

  it('asks for a login without a token (401)', async () => {
    expect((await call(null, 'GET', '/api/admin/users')).status).toBe(401);
  });
});
