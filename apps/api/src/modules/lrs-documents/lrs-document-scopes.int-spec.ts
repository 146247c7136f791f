import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { credentialWith, errorCode, newAgent, xapi } from '../../../test/xapi-documents.js';

/** Which credential scopes reach the document resources (xAPI 1.0.3, part 3, 4.2). */
describe('xAPI document resources: credential scopes', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const stateParams = () => ({
    activityId: 'https://example.org/a',
    agent: newAgent(),
    stateId: 's',
  });
  const profileParams = () => ({
    activityId: 'https://example.org/a',
    profileId: `p-${Math.random()}`,
  });
  const write = (
    path: string,
    params: Record<string, unknown>,
    credential?: { key: string; secret: string },
  ) => xapi(app, path, { method: 'POST', params, body: { a: 1 }, credential });
  const read = (
    path: string,
    params: Record<string, unknown>,
    credential?: { key: string; secret: string },
  ) => xapi(app, path, { params, credential });

  it('"state" reaches the State resource only', async () => {
    const credential = await credentialWith(app, ['state']);
    const params = stateParams();
    expect((await write('activities/state', params, credential)).status).toBe(204);
    expect((await read('activities/state', params, credential)).status).toBe(200);

    const profile = await write('activities/profile', profileParams(), credential);
    expect(profile.status).toBe(403);
    expect(await errorCode(profile)).toBe('lrs.scope');
    expect((await read('agents', { agent: newAgent() }, credential)).status).toBe(403);
  });

  it('"profile" reaches the profile, Agents and Activities resources, not the State resource', async () => {
    const credential = await credentialWith(app, ['profile']);
    const params = profileParams();
    expect((await write('activities/profile', params, credential)).status).toBe(204);
    expect((await read('activities/profile', params, credential)).status).toBe(200);
    expect(
      (await write('agents/profile', { agent: newAgent(), profileId: 'p' }, credential)).status,
    ).toBe(204);
    expect((await read('agents', { agent: newAgent() }, credential)).status).toBe(200);
    expect(
      (await read('activities', { activityId: 'https://example.org/a' }, credential)).status,
    ).toBe(200);
    expect((await write('activities/state', stateParams(), credential)).status).toBe(403);
  });

  it('"all/read" reads every resource but writes none', async () => {
    const params = stateParams();
    expect((await write('activities/state', params)).status).toBe(204);
    const credential = await credentialWith(app, ['all/read']);
    expect((await read('activities/state', params, credential)).status).toBe(200);
    expect(
      (await xapi(app, 'activities/state', { method: 'HEAD', params, credential })).status,
    ).toBe(200);
    const refused = await write('activities/state', params, credential);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: 'lrs.scope',
      message: expect.stringContaining('may not write state') as string,
    });
    expect(
      (await xapi(app, 'activities/state', { method: 'DELETE', params, credential })).status,
    ).toBe(403);
    expect((await read('activities/state', params)).status).toBe(200);
  });

  it('statement scopes do not reach documents', async () => {
    const credential = await credentialWith(app, ['statements/write', 'statements/read']);
    expect((await write('activities/state', stateParams(), credential)).status).toBe(403);
    expect((await read('activities/profile', profileParams(), credential)).status).toBe(403);
  });

  it('asks for credentials (401) before anything else', async () => {
    const response = await fetch(`${app.baseUrl}/xapi/activities/state?activityId=x`, {
      headers: { 'X-Experience-API-Version': '1.0.3' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Basic');
  });
});
