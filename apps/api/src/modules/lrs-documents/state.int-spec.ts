import { createHash, randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { errorCode, newAgent, xapi, type DocumentRequest } from '../../../test/xapi-documents.js';

describe('xAPI State resource', () => {
  let app: TestApp;
  let now = new Date('2030-03-01T10:00:00.000Z');

  beforeAll(async () => {
    app = await startTestApp({ clock: { now: () => now } });
  });
  afterAll(() => app.close());

  const activityId = 'https://lms.example.org/courses/digital-skills';
  const state = (request: Omit<DocumentRequest, 'params'> & { params?: Record<string, unknown> }) =>
    xapi(app, 'activities/state', { ...request, params: request.params ?? {} });
  const context = () => ({ activityId, agent: newAgent() });

  it('stores any content byte for byte and serves it with its type, a SHA-1 ETag and Last-Modified', async () => {
    const params = { ...context(), stateId: 'bookmark' };
    const bytes = Buffer.from([0x00, 0xff, 0x10, 0x80]);
    const put = await state({
      method: 'PUT',
      params,
      body: bytes,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(put.status).toBe(204);
    expect(put.headers.get('x-experience-api-version')).toBe('1.0.3');

    const got = await state({ params });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expect(got.headers.get('etag')).toBe(`"${createHash('sha1').update(bytes).digest('hex')}"`);
    expect(got.headers.get('last-modified')).toBe(now.toUTCString());
    expect(got.headers.get('x-experience-api-version')).toBe('1.0.3');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(bytes);
  });

  it('keeps a JSON document exactly as sent, whitespace included', async () => {
    const params = { ...context(), stateId: 'suspend' };
    const text = '{ "location" : 3,\n  "score": 0.50 }';
    await state({
      method: 'PUT',
      params,
      body: text,
      headers: { 'Content-Type': 'application/json' },
    });
    const got = await state({ params });
    expect(await got.text()).toBe(text);
    expect(got.headers.get('etag')).toBe(`"${createHash('sha1').update(text).digest('hex')}"`);
  });

  it('answers HEAD like GET, without a body', async () => {
    const params = { ...context(), stateId: 'head' };
    await state({ method: 'PUT', params, body: { a: 1 } });
    const head = await state({ method: 'HEAD', params });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(head.headers.get('content-length')).toBe('7');
    expect(await head.text()).toBe('');
  });

  it('merges a POSTed JSON object into the stored one, one level deep', async () => {
    const params = { ...context(), stateId: 'progress' };
    await state({ method: 'POST', params, body: { car: { make: 'Ford' }, driver: 'Dale' } });
    const posted = await state({ method: 'POST', params, body: { car: { model: 'Ram' }, lap: 3 } });
    expect(posted.status).toBe(204);
    expect(await (await state({ params })).json()).toEqual({
      car: { model: 'Ram' },
      driver: 'Dale',
      lap: 3,
    });
  });

  it('refuses to merge when either document is not a JSON object, and keeps the stored one', async () => {
    const json = { ...context(), stateId: 'json' };
    await state({ method: 'PUT', params: json, body: { a: 1 } });
    const text = await state({
      method: 'POST',
      params: json,
      body: 'abc',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(400);
    expect(await errorCode(text)).toBe('xapi.document_not_mergeable');
    const array = await state({ method: 'POST', params: json, body: [1, 2] });
    expect(array.status).toBe(400);
    expect(await errorCode(array)).toBe('xapi.invalid_document');
    const broken = await state({
      method: 'POST',
      params: json,
      body: '{"a":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(await (await state({ params: json })).json()).toEqual({ a: 1 });

    const binary = { ...context(), stateId: 'binary' };
    await state({
      method: 'PUT',
      params: binary,
      body: 'raw',
      headers: { 'Content-Type': 'text/plain' },
    });
    const onto = await state({ method: 'POST', params: binary, body: { a: 1 } });
    expect(onto.status).toBe(400);
    expect(await (await state({ params: binary })).text()).toBe('raw');
  });

  it('keeps states apart by registration, and by agent whichever IFI form names it', async () => {
    const agent = newAgent();
    const registration = randomUUID();
    const base = { activityId, agent, stateId: 'same-id' };
    await state({ method: 'PUT', params: base, body: { without: true } });
    await state({ method: 'PUT', params: { ...base, registration }, body: { with: true } });
    expect(await (await state({ params: base })).json()).toEqual({ without: true });
    expect(await (await state({ params: { ...base, registration } })).json()).toEqual({
      with: true,
    });

    const sha1 = createHash('sha1').update(agent.mbox).digest('hex');
    const bySha1 = await state({ params: { ...base, agent: { mbox_sha1sum: sha1 } } });
    expect(await bySha1.json()).toEqual({ without: true });
  });

  it('lists state ids of a context, of one registration, and updated after "since"', async () => {
    const { agent } = context();
    const registration = randomUUID();
    now = new Date('2030-03-02T10:00:00.000Z');
    await state({ method: 'PUT', params: { activityId, agent, stateId: 'a' }, body: { n: 1 } });
    now = new Date('2030-03-02T11:00:00.000Z');
    await state({
      method: 'PUT',
      params: { activityId, agent, stateId: 'b', registration },
      body: { n: 2 },
    });

    const list = async (params: Record<string, unknown>) => {
      const response = await state({ params: { activityId, agent, ...params } });
      expect(response.status).toBe(200);
      return response.json();
    };
    expect(await list({})).toEqual(['a', 'b']);
    expect(await list({ registration })).toEqual(['b']);
    expect(await list({ since: '2030-03-02T10:30:00Z' })).toEqual(['b']);
    expect(await list({ since: '2030-03-02T11:00:00Z' })).toEqual([]);
    expect(await list({ since: '2030-03-02T10:30:00+01:00' })).toEqual(['a', 'b']);
  });

  it('deletes one state, the states of one registration, or every state of a context', async () => {
    const { agent } = context();
    const registration = randomUUID();
    const put = (stateId: string, extra = {}) =>
      state({ method: 'PUT', params: { activityId, agent, stateId, ...extra }, body: { stateId } });
    await put('one');
    await put('two');
    await put('three', { registration });

    expect(
      (await state({ method: 'DELETE', params: { activityId, agent, stateId: 'one' } })).status,
    ).toBe(204);
    expect((await state({ params: { activityId, agent, stateId: 'one' } })).status).toBe(404);
    expect(
      (await state({ method: 'DELETE', params: { activityId, agent, registration } })).status,
    ).toBe(204);
    expect(await (await state({ params: { activityId, agent } })).json()).toEqual(['two']);
    expect((await state({ method: 'DELETE', params: { activityId, agent } })).status).toBe(204);
    expect(await (await state({ params: { activityId, agent } })).json()).toEqual([]);
    // Deleting what is not there is no error.
    expect(
      (await state({ method: 'DELETE', params: { activityId, agent, stateId: 'one' } })).status,
    ).toBe(204);
  });

  it('answers 404 with a {code, message} body for a state that does not exist', async () => {
    const response = await state({ params: { ...context(), stateId: 'never' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 'xapi.document_not_found',
      message: expect.stringContaining('never') as string,
    });
  });

  it.each([
    ['no activityId', { agent: newAgent(), stateId: 's' }, 'activityId'],
    [
      'an activityId that is no IRI',
      { activityId: 'lesson 1', agent: newAgent(), stateId: 's' },
      'activityId',
    ],
    ['no agent', { activityId, stateId: 's' }, 'agent'],
    ['an agent that is not JSON', { activityId, agent: 'not JSON', stateId: 's' }, 'agent'],
    ['an agent without IFI', { activityId, agent: { name: 'Ana' }, stateId: 's' }, 'agent'],
    [
      'a registration that is no UUID',
      { ...context(), registration: 'true', stateId: 's' },
      'registration',
    ],
    ['no stateId', context(), 'stateId'],
  ])('refuses a PUT with %s (400 naming the parameter)', async (_case, params, field) => {
    const response = await state({ method: 'PUT', params, body: { a: 1 } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'xapi.invalid_parameter',
      details: [expect.objectContaining({ field })],
    });
  });

  it('refuses a "since" that is not a timestamp', async () => {
    const response = await state({ params: { ...context(), since: 'yesterday' } });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('xapi.invalid_parameter');
  });

  it('overwrites a state on a plain PUT in xAPI 1.0.3, but asks for If-Match in 2.0.0 (409)', async () => {
    const params = { ...context(), stateId: 'resume' };
    await state({ method: 'PUT', params, body: { page: 1 } });
    expect((await state({ method: 'PUT', params, body: { page: 2 } })).status).toBe(204);
    expect(await (await state({ params })).json()).toEqual({ page: 2 });

    const conflict = await state({ method: 'PUT', params, body: { page: 3 }, version: '2.0.0' });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('x-experience-api-version')).toBe('2.0.0');
    expect(await errorCode(conflict)).toBe('xapi.document_conflict');
    expect(await (await state({ params })).json()).toEqual({ page: 2 });
  });
});
