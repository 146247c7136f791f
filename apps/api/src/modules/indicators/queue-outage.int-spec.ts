import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  login,
  lrsHeaders,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestRedis, type TestRedis } from '../../../test/redis-server.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

/**
 * Ingestion never depends on the queue (issue 3): while Redis is down the LRS
 * still stores and serves statements, and once Redis is back the indicator
 * refresh catches up, counting nothing twice.
 */
describe('statements while Redis is down', () => {
  let redis: TestRedis;
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    redis = await startTestRedis();
    app = await startTestApp({ env: { REDIS_URL: redis.url } });
    token = await login(app);
  });
  afterAll(async () => {
    await app.close();
    await redis.kill();
  });

  const storedIds = async () =>
    (
      (await (
        await fetch(`${app.baseUrl}/xapi/statements?limit=1000`, { headers: lrsHeaders(app) })
      ).json()) as { statements: { id: string }[] }
    ).statements.map((s) => s.id);
  const users = async () =>
    (
      (await (
        await fetch(`${app.baseUrl}/api/indicators?from=2020-01-01&to=2020-12-31`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).json()) as { users: number }
    ).users;

  it('accepts statements without Redis, and the refresh catches up when it is back', async () => {
    expect((await postStatements(app, [statement(), statement()])).status).toBe(200);
    await waitForFreshness(app.baseUrl, token);
    expect(await users()).toBe(2);

    await redis.kill();
    const during: string[] = [];
    for (let batch = 0; batch < 5; batch += 1) {
      const response = await postStatements(app, [statement(), statement()]);
      expect(response.status).toBe(200);
      during.push(...((await response.json()) as string[]));
    }
    expect(await storedIds()).toEqual(expect.arrayContaining(during));

    // Back, but empty (no persistence): its jobs and schedules are gone too.
    await redis.start();
    expect((await postStatements(app, statement())).status).toBe(200);
    await waitForFreshness(app.baseUrl, token);
    expect(await users()).toBe(13);
  });
});
