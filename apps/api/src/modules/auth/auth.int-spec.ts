import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Clock } from '../../common/clock.js';
import { login } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { FirstAdminService } from './first-admin.service.js';

describe('dashboard login and sessions', () => {
  let app: TestApp;
  let now = new Date('2026-01-05T09:00:00Z');
  const clock: Clock = { now: () => now };

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { FITA_SESSION_TTL_HOURS: '8' } });
  });
  afterAll(() => app.close());

  const me = (token: string) =>
    fetch(`${app.baseUrl}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
  const attempt = (email: string, password: string) =>
    fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('logs the first admin in (e-mail case-insensitive) and returns a bearer token that works', async () => {
    const response = await attempt(app.admin.email.toUpperCase(), app.admin.password);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      token: string;
      expiresAt: string;
      user: { role: string };
    };
    expect(body.user.role).toBe('admin');
    expect(body.expiresAt).toBe('2026-01-05T17:00:00.000Z');
    expect((await me(body.token)).status).toBe(200);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrongPassword = await attempt(app.admin.email, 'not the password');
    const unknownUser = await attempt('nobody@test.local', 'not the password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownUser.json());
  });

  it('names the missing fields of a login body', async () => {
    const response = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: '' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { details: { field: string }[] };
    expect(body.details.map((d) => d.field).sort()).toEqual(['email', 'password']);
  });

  it('ends a session at logout and when it expires', async () => {
    const loggedOut = await login(app);
    await fetch(`${app.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${loggedOut}` },
    });
    expect((await me(loggedOut)).status).toBe(401);

    const expiring = await login(app);
    now = new Date(now.getTime() + 8 * 3_600_000 + 1);
    expect((await me(expiring)).status).toBe(401);
  });

  it('checks the expiry on every request, whichever route it goes to', async () => {
    const token = await login(app);
    const routes = ['/api/auth/me', '/api/indicators/freshness', '/api/admin/users'];
    const statuses = () =>
      Promise.all(
        routes.map(
          async (route) =>
            (
              await fetch(`${app.baseUrl}${route}`, {
                headers: { Authorization: `Bearer ${token}` },
              })
            ).status,
        ),
      );
    expect(await statuses()).toEqual([200, 200, 200]);
    now = new Date(now.getTime() + 8 * 3_600_000 - 1);
    expect(await statuses()).toEqual([200, 200, 200]);
    now = new Date(now.getTime() + 1);
    expect(await statuses()).toEqual([401, 401, 401]);
  });

  it('creates the first admin only once', async () => {
    expect(await app.app.get(FirstAdminService).ensure()).toBeNull();
  });
});
