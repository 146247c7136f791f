import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { errorCode, newAgent, xapi } from '../../../test/xapi-documents.js';

describe('xAPI Activity Profile and Agent Profile resources', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe.each([
    [
      'Activity Profile',
      'activities/profile',
      () => ({ activityId: `https://example.org/a/${randomUUID()}` }),
    ],
    ['Agent Profile', 'agents/profile', () => ({ agent: newAgent() })],
  ])('%s resource', (_name, path, owner) => {
    it('creates a profile with If-None-Match: * and serves it with its ETag', async () => {
      const params = { ...owner(), profileId: 'preferences' };
      const put = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { language: 'ca' },
        headers: { 'If-None-Match': '*' },
      });
      expect(put.status).toBe(204);
      const got = await xapi(app, path, { params });
      expect(got.status).toBe(200);
      expect(got.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
      expect(got.headers.get('last-modified')).not.toBeNull();
      expect(await got.json()).toEqual({ language: 'ca' });
    });

    it('in xAPI 1.0.3 refuses a PUT with neither If-Match nor If-None-Match (400); 2.0.0 creates it', async () => {
      const params = { ...owner(), profileId: 'plain' };
      const refused = await xapi(app, path, { method: 'PUT', params, body: { a: 1 } });
      expect(refused.status).toBe(400);
      expect(await errorCode(refused)).toBe('xapi.document_precondition_required');
      expect((await xapi(app, path, { params })).status).toBe(404);

      const created = await xapi(app, path, {
        method: 'PUT',
        params,
        body: { a: 1 },
        version: '2.0.0',
      });
      expect(created.status).toBe(204);
    });

    it('lists profile ids, optionally those updated after "since"', async () => {
      const ownerParams = owner();
      for (const profileId of ['b', 'a']) {
        await xapi(app, path, {
          method: 'POST',
          params: { ...ownerParams, profileId },
          body: { profileId },
        });
      }
      expect(await (await xapi(app, path, { params: ownerParams })).json()).toEqual(['a', 'b']);
      const past = new Date(Date.now() - 60_000).toISOString();
      const future = new Date(Date.now() + 60_000).toISOString();
      expect(
        await (await xapi(app, path, { params: { ...ownerParams, since: past } })).json(),
      ).toEqual(['a', 'b']);
      expect(
        await (await xapi(app, path, { params: { ...ownerParams, since: future } })).json(),
      ).toEqual([]);
    });

    it('merges a POST and deletes a profile', async () => {
      const params = { ...owner(), profileId: 'merge' };
      await xapi(app, path, { method: 'POST', params, body: { car: 'Honda' } });
      await xapi(app, path, { method: 'POST', params, body: { type: 'Civic' } });
      expect(await (await xapi(app, path, { params })).json()).toEqual({
        car: 'Honda',
        type: 'Civic',
      });
      expect((await xapi(app, path, { method: 'DELETE', params })).status).toBe(204);
      expect((await xapi(app, path, { params })).status).toBe(404);
    });

    it('requires a profileId to write or delete (400)', async () => {
      const params = owner();
      for (const method of ['PUT', 'POST', 'DELETE'] as const) {
        const response = await xapi(app, path, {
          method,
          params,
          body: method === 'DELETE' ? undefined : { a: 1 },
          headers: { 'If-None-Match': '*' },
        });
        expect(response.status).toBe(400);
        expect(await errorCode(response)).toBe('xapi.invalid_parameter');
      }
    });
  });

  it('keeps activity profiles of different activities apart', async () => {
    const put = (activityId: string, body: object) =>
      xapi(app, 'activities/profile', {
        method: 'PUT',
        params: { activityId, profileId: 'shared-id' },
        body,
        headers: { 'If-None-Match': '*' },
      });
    await put('https://example.org/one', { one: true });
    await put('https://example.org/two', { two: true });
    const one = await xapi(app, 'activities/profile', {
      params: { activityId: 'https://example.org/one', profileId: 'shared-id' },
    });
    expect(await one.json()).toEqual({ one: true });
  });

  it('refuses an agent profile request whose agent is not a valid Agent', async () => {
    for (const agent of [true, { objectType: 'Agent' }, { mbox: 'ana@example.org' }]) {
      const response = await xapi(app, 'agents/profile', { params: { agent, profileId: 'p' } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: 'xapi.invalid_parameter',
        message: expect.stringContaining('agent') as string,
      });
    }
  });
});
