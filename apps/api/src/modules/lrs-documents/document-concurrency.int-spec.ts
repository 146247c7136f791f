import http from 'node:http';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { errorCode, newAgent, query, xapi } from '../../../test/xapi-documents.js';

/** ETag concurrency control (xAPI 1.0.3 Communication 3.1, 2.0.0 4.1.4) on the three document resources. */
describe('xAPI document concurrency', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  let n = 0;
  const resources = [
    [
      'State',
      'activities/state',
      () => ({ activityId: 'https://example.org/a', agent: newAgent(), stateId: `s${++n}` }),
    ],
    [
      'Activity Profile',
      'activities/profile',
      () => ({ activityId: 'https://example.org/a', profileId: `p${++n}` }),
    ],
    ['Agent Profile', 'agents/profile', () => ({ agent: newAgent(), profileId: `p${++n}` })],
  ] as const;

  describe.each(resources)('%s resource', (_name, path, newParams) => {
    const create = async (params: Record<string, unknown>, body: object) => {
      const response = await xapi(app, path, { method: 'POST', params, body });
      expect(response.status).toBe(204);
      return (await xapi(app, path, { params })).headers.get('etag') as string;
    };
    const read = async (params: Record<string, unknown>) =>
      (await xapi(app, path, { params })).json();

    it('PUT with the current ETag in If-Match replaces the document; a stale one is 412 and changes nothing', async () => {
      const params = newParams();
      const etag = await create(params, { v: 1 });
      const stale = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { v: 'stale' },
        headers: { 'If-Match': '"1111111111111111111111111111111111111111"' },
      });
      expect(stale.status).toBe(412);
      expect(await errorCode(stale)).toBe('xapi.document_precondition_failed');
      expect(await read(params)).toEqual({ v: 1 });

      const fresh = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { v: 2 },
        headers: { 'If-Match': etag },
      });
      expect(fresh.status).toBe(204);
      expect(await read(params)).toEqual({ v: 2 });
      // The old tag no longer matches.
      const again = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { v: 3 },
        headers: { 'If-Match': etag },
      });
      expect(again.status).toBe(412);
    });

    it('PUT with If-None-Match: * creates, and is 412 once the document exists', async () => {
      const params = newParams();
      const put = (v: number) =>
        xapi(app, path, { method: 'PUT', params, body: { v }, headers: { 'If-None-Match': '*' } });
      expect((await put(1)).status).toBe(204);
      expect((await put(2)).status).toBe(412);
      expect(await read(params)).toEqual({ v: 1 });
    });

    it('If-Match on a document that does not exist is 412', async () => {
      const params = newParams();
      const response = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { v: 1 },
        headers: { 'If-Match': '*' },
      });
      expect(response.status).toBe(412);
    });

    it('xAPI 2.0.0: PUT on an existing document without either header is 409 with a message', async () => {
      const params = newParams();
      await create(params, { v: 1 });
      const response = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { v: 2 },
        version: '2.0.0',
      });
      expect(response.status).toBe(409);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('xapi.document_conflict');
      expect(body.message).toMatch(/If-Match/);
      expect(await read(params)).toEqual({ v: 1 });
    });

    it('POST and DELETE honour If-Match too', async () => {
      const params = newParams();
      const etag = await create(params, { v: 1 });
      const wrong = { 'If-Match': '"1234"' };
      expect(
        (await xapi(app, path, { method: 'POST', params, body: { w: 1 }, headers: wrong })).status,
      ).toBe(412);
      expect((await xapi(app, path, { method: 'DELETE', params, headers: wrong })).status).toBe(
        412,
      );
      expect(await read(params)).toEqual({ v: 1 });

      const merged = await xapi(app, path, {
        method: 'POST',
        params,
        body: { w: 1 },
        headers: { 'If-Match': etag },
      });
      expect(merged.status).toBe(204);
      const current = (await xapi(app, path, { params })).headers.get('etag') as string;
      expect(
        (await xapi(app, path, { method: 'DELETE', params, headers: { 'If-Match': current } }))
          .status,
      ).toBe(204);
      expect((await xapi(app, path, { params })).status).toBe(404);
    });

    it('a GET with the current ETag in If-None-Match is 304', async () => {
      const params = newParams();
      const etag = await create(params, { v: 1 });
      // Not fetch(): it adds Cache-Control: no-cache to conditional requests, which forbids a 304.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http
          .get(
            `${app.baseUrl}/xapi/${path}?${query(params)}`,
            {
              headers: {
                Authorization: `Basic ${Buffer.from(`${app.lrs.key}:${app.lrs.secret}`).toString('base64')}`,
                'X-Experience-API-Version': '1.0.3',
                'If-None-Match': etag,
              },
            },
            (response) => {
              response.resume();
              resolve(response.statusCode);
            },
          )
          .on('error', reject);
      });
      expect(status).toBe(304);
    });
  });

  it('xAPI 1.0.3: PUT on an existing profile without either header is 409', async () => {
    const params = { activityId: 'https://example.org/a', profileId: 'existing' };
    await xapi(app, 'activities/profile', { method: 'POST', params, body: { v: 1 } });
    const response = await xapi(app, 'activities/profile', {
      method: 'PUT',
      params,
      body: { v: 2 },
    });
    expect(response.status).toBe(409);
    expect(await errorCode(response)).toBe('xapi.document_conflict');
  });

  it('concurrent POSTs to one new document are applied one after the other: no merge is lost', async () => {
    const params = { activityId: 'https://example.org/a', agent: newAgent(), stateId: 'race' };
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const responses = await Promise.all(
      keys.map((key) =>
        xapi(app, 'activities/state', { method: 'POST', params, body: { [key]: true } }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(keys.map(() => 204));
    const merged = (await (await xapi(app, 'activities/state', { params })).json()) as object;
    expect(Object.keys(merged).sort()).toEqual([...keys].sort());
  });
});
