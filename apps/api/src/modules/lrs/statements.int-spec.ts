import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lrsHeaders, postStatements, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

describe('xAPI statements resource', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const getStatement = (id: string, headers = lrsHeaders(app)) =>
    fetch(`${app.baseUrl}/xapi/statements?statementId=${id}`, { headers });

  it('stores a statement and serves it back completed with id, stored, timestamp, authority and version', async () => {
    const sent = statement();
    delete sent['timestamp'];
    const response = await postStatements(app, sent);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-experience-api-version')).toBe('1.0.3');
    const [id] = (await response.json()) as string[];

    const fetched = await getStatement(id);
    expect(fetched.status).toBe(200);
    const body = (await fetched.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id,
      actor: sent['actor'],
      verb: sent['verb'],
      object: sent['object'],
      version: '1.0.0',
    });
    expect(body['timestamp']).toBe(body['stored']);
    expect(body['authority']).toMatchObject({
      objectType: 'Agent',
      account: { name: app.lrs.key },
    });
  });

  it('keeps a client id, lower-cased', async () => {
    const id = randomUUID().toUpperCase();
    const response = await postStatements(app, statement({ id }));
    expect(await response.json()).toEqual([id.toLowerCase()]);
    expect((await getStatement(id.toLowerCase())).status).toBe(200);
  });

  it('accepts the same statement sent twice and changes nothing', async () => {
    const sent = statement({ id: randomUUID() });
    expect((await postStatements(app, sent)).status).toBe(200);
    const again = await postStatements(app, sent);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual([sent['id']]);
  });

  it('refuses another statement under an id already stored (409) and keeps the first', async () => {
    const id = randomUUID();
    await postStatements(app, statement({ id, timestamp: '2020-01-01T00:00:00Z' }));
    const clash = await postStatements(app, statement({ id, timestamp: '2020-01-02T00:00:00Z' }));
    expect(clash.status).toBe(409);
    const kept = (await (await getStatement(id)).json()) as { timestamp: string };
    expect(kept.timestamp).toBe('2020-01-01T00:00:00Z');
  });

  it('stores nothing of a batch with one invalid statement, and names the path and rule', async () => {
    const good = statement({ id: randomUUID() });
    const bad = statement({ actor: { mbox: 'learner@example.org' } });
    const response = await postStatements(app, [good, bad]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      code: string;
      details: { path: string; rule: string }[];
    };
    expect(body.code).toBe('xapi.invalid_statement');
    expect(body.details).toContainEqual(
      expect.objectContaining({ path: '$[1].actor.mbox', rule: 'mbox.mailto' }),
    );
    expect((await getStatement(good['id'] as string)).status).toBe(404);
  });

  it('stores nothing of a batch that conflicts on one id', async () => {
    const id = randomUUID();
    await postStatements(app, statement({ id, timestamp: '2020-01-01T00:00:00Z' }));
    const fresh = statement({ id: randomUUID() });
    const response = await postStatements(app, [
      fresh,
      statement({ id, timestamp: '2021-01-01T00:00:00Z' }),
    ]);
    expect(response.status).toBe(409);
    expect((await getStatement(fresh['id'] as string)).status).toBe(404);
  });

  it('refuses a batch repeating an id', async () => {
    const id = randomUUID();
    const response = await postStatements(app, [statement({ id }), statement({ id })]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('xapi.duplicate_id_in_batch');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(`${app.baseUrl}/xapi/statements`, {
      method: 'POST',
      headers: lrsHeaders(app),
      body: '{"actor":',
    });
    expect(response.status).toBe(400);
  });

  it('asks for credentials (401 with WWW-Authenticate) and refuses a wrong secret', async () => {
    const { Authorization: _none, ...anonymous } = lrsHeaders(app);
    const missing = await postStatements(app, statement(), anonymous);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Basic');

    const wrong = await postStatements(app, statement(), {
      ...anonymous,
      Authorization: `Basic ${Buffer.from(`${app.lrs.key}:not-the-secret`).toString('base64')}`,
    });
    expect(wrong.status).toBe(401);
  });

  it('requires the X-Experience-API-Version header', async () => {
    const { 'X-Experience-API-Version': _version, ...headers } = lrsHeaders(app);
    const response = await postStatements(app, statement(), headers);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('xapi.version_missing');
  });

  it('answers 404 for an unknown statement id and 400 for a malformed one', async () => {
    expect((await getStatement(randomUUID())).status).toBe(404);
    expect((await getStatement('not-a-uuid')).status).toBe(400);
  });

  it('serves /xapi/about without credentials', async () => {
    const response = await fetch(`${app.baseUrl}/xapi/about`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ version: ['1.0.3', '2.0.0'] });
  });
});
