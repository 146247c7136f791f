import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, postStatements, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

describe('LRS credentials: admin API and scopes', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
  });
  afterAll(() => app.close());

  const admin = (method: string, path = '', body?: unknown) =>
    fetch(`${app.baseUrl}/api/admin/lrs-credentials${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const as = (credential: { key: string; secret: string }) => ({ ...app, lrs: credential });
  const headersFor = (credential: { key: string; secret: string }) => ({
    Authorization: `Basic ${Buffer.from(`${credential.key}:${credential.secret}`).toString('base64')}`,
    'X-Experience-API-Version': '1.0.3',
  });
  async function create(name: string, scopes: string[]): Promise<{ key: string; secret: string }> {
    const response = await admin('POST', '', { name, scopes });
    expect(response.status).toBe(201);
    return (await response.json()) as { key: string; secret: string };
  }

  it('creates a credential whose secret is shown once and lists it without the secret', async () => {
    const created = await create('Moodle', ['statements/write']);
    expect(created.secret.length).toBeGreaterThanOrEqual(24);
    const listed = (await (await admin('GET')).json()) as Record<string, unknown>[];
    const row = listed.find((r) => r['key'] === created.key);
    expect(row).toMatchObject({ name: 'Moodle', scopes: ['statements/write'], revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it('names every problem of a bad request', async () => {
    const response = await admin('POST', '', {
      name: '',
      scopes: ['statements/write', 'everything'],
    });
    expect(response.status).toBe(400);
    const fields = ((await response.json()) as { details: { field: string }[] }).details.map(
      (d) => d.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['name', 'scopes.1']));
  });

  it('lets a write-only credential post but not read (403)', async () => {
    const writer = await create('Writer', ['statements/write']);
    expect((await postStatements(as(writer), statement())).status).toBe(200);
    const read = await fetch(`${app.baseUrl}/xapi/statements`, { headers: headersFor(writer) });
    expect(read.status).toBe(403);
  });

  it('shows a statements/read/mine credential only the statements it stored', async () => {
    const mine = await create('Mine', ['statements/write', 'statements/read/mine']);
    const [own] = (await (await postStatements(as(mine), statement())).json()) as string[];
    const [others] = (await (await postStatements(app, statement())).json()) as string[];

    const result = (await (
      await fetch(`${app.baseUrl}/xapi/statements`, { headers: headersFor(mine) })
    ).json()) as {
      statements: { id: string }[];
    };
    expect(result.statements.map((s) => s.id)).toEqual([own]);
    const hidden = await fetch(`${app.baseUrl}/xapi/statements?statementId=${others}`, {
      headers: headersFor(mine),
    });
    expect(hidden.status).toBe(404);
  });

  it('lets only a define (or all) credential define activities through its statements', async () => {
    const definition = (name: string) => ({
      id: `https://lms.example.org/activities/${name}`,
      definition: { name: { 'en-US': name } },
    });
    const plain = await create('No define', ['statements/write']);
    const definer = await create('Definer', ['statements/write', 'define']);
    expect(
      (await postStatements(as(plain), statement({ object: definition('plain') }))).status,
    ).toBe(200);
    expect(
      (await postStatements(as(definer), statement({ object: definition('defined') }))).status,
    ).toBe(200);

    const activity = async (name: string) =>
      (await (
        await fetch(
          `${app.baseUrl}/xapi/activities?activityId=${encodeURIComponent(definition(name).id)}`,
          { headers: headersFor(app.lrs) },
        )
      ).json()) as Record<string, unknown>;
    expect(await activity('plain')).toEqual({ objectType: 'Activity', id: definition('plain').id });
    expect(await activity('defined')).toMatchObject({
      definition: { name: { 'en-US': 'defined' } },
    });
  });

  it('refuses a revoked credential at once', async () => {
    const revoked = await create('Old LMS', ['all']);
    expect((await postStatements(as(revoked), statement())).status).toBe(200);
    expect((await admin('DELETE', `/${revoked.key}`)).status).toBe(200);
    expect((await postStatements(as(revoked), statement())).status).toBe(401);
    expect((await admin('DELETE', `/${revoked.key}`)).status).toBe(404);
  });

  it('is for admins only', async () => {
    const response = await fetch(`${app.baseUrl}/api/admin/lrs-credentials`);
    expect(response.status).toBe(401);
  });
});
