import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/**
 * FITA_TRUST_PROXY decides whose X-Forwarded-For names the client, and so
 * what the login rate limit counts per address (3 a minute here).
 */
describe('FITA_TRUST_PROXY', () => {
  const env = { FITA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '3' };
  let trusting: TestApp;
  let distrusting: TestApp;

  beforeAll(async () => {
    trusting = await startTestApp({ env });
    distrusting = await startTestApp({ env: { ...env, FITA_TRUST_PROXY: 'false' } });
  });
  afterAll(async () => {
    await trusting.close();
    await distrusting.close();
  });

  /** Four attempts from the test's own connection, each claiming another address. */
  async function fourAttempts(app: TestApp): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const response = await fetch(`${app.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${i}` },
        body: JSON.stringify({ email: `nobody${i}@test.local`, password: 'wrong password!' }),
      });
      statuses.push(response.status);
    }
    return statuses;
  }

  it('by default trusts a proxy on this machine: each forwarded address is counted apart', async () => {
    expect(await fourAttempts(trusting)).toEqual([401, 401, 401, 401]);
  });

  it('with false ignores X-Forwarded-For: every attempt is counted against the connection', async () => {
    expect(await fourAttempts(distrusting)).toEqual([401, 401, 401, 429]);
  });
});
