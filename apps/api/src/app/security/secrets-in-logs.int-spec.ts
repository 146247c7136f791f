import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lrsHeaders, login, statement } from '../../../test/api-client.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

type Write = typeof process.stdout.write;

/** Everything the process writes to stdout and stderr meanwhile (the logger's only outlets). */
function captureOutput(): { text(): string; stop(): void } {
  const chunks: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const recorder = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as Write;
  process.stdout.write = recorder;
  process.stderr.write = recorder;
  return {
    text: () => chunks.join(''),
    stop: () => {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}

const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

// Issue 9: secrets are never logged. Fita runs at the chattiest log level, in JSON as in
// production, through logins (right, wrong, locked), LRS requests and the API calls that
// hand out new secrets; none of them may show up in what it printed.
describe('secrets in the logs', () => {
  let database: TestDatabase;
  let app: TestApp;
  let output: ReturnType<typeof captureOutput>;
  const secrets: Record<string, string> = {
    'a wrong password': 'nearly-the-admin-password',
    'a password typed into the e-mail field': 'password-in-the-email-field',
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const url = new URL(database.url);
    // The test server trusts local connections, so a password here is not checked, only carried.
    if (url.password === '') url.password = 'database-password-in-the-url';
    secrets['the database password'] = decodeURIComponent(url.password);

    output = captureOutput();
    app = await startTestApp({
      databaseUrl: url.toString(),
      env: { LOG_LEVEL: 'verbose', FITA_LOG_FORMAT: 'json' },
    });
    secrets['the first admin password'] = app.admin.password;
    secrets['the first LRS secret'] = app.lrs.secret;
    secrets['the first LRS credential in a Basic header'] = basic(app.lrs.key, app.lrs.secret);

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${app.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    // Refused logins, up to a lock (which is logged).
    await post('/api/auth/login', {
      email: app.admin.email,
      password: secrets['a wrong password'],
    });
    for (let i = 0; i < 6; i += 1) {
      await post('/api/auth/login', {
        email: secrets['a password typed into the e-mail field'],
        password: 'whatever',
      });
    }

    const token = await login(app);
    secrets['a session token'] = token;
    const asAdmin = { Authorization: `Bearer ${token}` };
    await fetch(`${app.baseUrl}/api/auth/me`, { headers: asAdmin });

    const credential = (await (
      await post('/api/admin/lrs-credentials', { name: 'Moodle', scopes: ['all'] }, asAdmin)
    ).json()) as { key: string; secret: string };
    secrets['a new LRS secret'] = credential.secret;
    const user = (await (
      await post('/api/admin/users', { email: 'new.user@example.org', role: 'manager' }, asAdmin)
    ).json()) as { temporaryPassword: string };
    secrets['a temporary password'] = user.temporaryPassword;

    await post('/xapi/statements', [statement()], lrsHeaders(app));
    await post('/xapi/statements', [statement()], {
      ...lrsHeaders(app),
      Authorization: basic(credential.key, credential.secret),
    });
    await post('/xapi/statements', [statement()], {
      ...lrsHeaders(app),
      Authorization: basic(app.lrs.key, `${app.lrs.secret}-wrong`),
    });
    await post('/api/auth/logout', {}, asAdmin);
    await app.close();
    output.stop();
  });

  afterAll(async () => {
    output.stop();
    await database.drop();
  });

  it('captured the logs (so that the checks below see them)', () => {
    const text = output.text();
    expect(text).toContain('"context":"RoutesResolver"');
    expect(text).toContain('"context":"LoginThrottleService"');
  });

  it('made every secret it checks for', () => {
    for (const [name, secret] of Object.entries(secrets)) {
      expect({ name, length: secret.length >= 8 }).toEqual({ name, length: true });
    }
  });

  it('printed none of them', () => {
    const lines = output.text().split('\n');
    const leaks = Object.entries(secrets).flatMap(([name, secret]) =>
      lines.filter((line) => line.includes(secret)).map((line) => `${name}: ${line}`),
    );
    expect(leaks).toEqual([]);
  });
});
