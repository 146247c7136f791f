import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import { login } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

// Login rate limiting and lockout at their defaults: 5 failures per e-mail address in
// 15 minutes lock it for 15 minutes; 20 attempts a minute per client address.
describe('login rate limiting and lockout', () => {
  let app: TestApp;
  let adminToken: string;
  let now = new Date('2026-03-02T09:00:00Z');
  const clock: Clock = { now: () => now };
  const advanceMinutes = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    app = await startTestApp({ clock });
    adminToken = await login(app);
  });
  afterAll(() => app.close());

  let addresses = 0;
  /** A client address of the test's own (the app trusts X-Forwarded-For from loopback). */
  const newAddress = () => `198.51.100.${++addresses}`;

  interface Answer {
    status: number;
    code?: string;
    retryAfter: string | null;
    body: unknown;
  }
  const attempt = async (
    email: string,
    password: string,
    address: string,
    baseUrl = app.baseUrl,
  ): Promise<Answer> => {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { code?: string };
    return {
      status: response.status,
      code: body.code,
      retryAfter: response.headers.get('retry-after'),
      body,
    };
  };
  const failTimes = async (times: number, email: string, address: string) => {
    const answers: Answer[] = [];
    for (let i = 0; i < times; i += 1)
      answers.push(await attempt(email, 'wrong password!', address));
    return answers;
  };

  let users = 0;
  /** A user with a known password, created through the admin API. */
  const newUser = async () => {
    const user = { email: `learner.${++users}@throttle.test`, password: 'river stone lantern 42' };
    const response = await fetch(`${app.baseUrl}/api/admin/users`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...user, role: 'manager' }),
    });
    expect(response.status).toBe(201);
    return user;
  };

  it('locks an e-mail address for 15 minutes after 5 failures, saying when to retry', async () => {
    const user = await newUser();
    const address = newAddress();
    const failures = await failTimes(5, user.email, address);
    expect(failures.map((a) => a.code)).toEqual(Array(5).fill('auth.invalid_credentials'));

    // Even the right password is refused while the address is locked.
    const locked = await attempt(user.email, user.password, address);
    expect(locked).toMatchObject({ status: 429, code: 'auth.locked', retryAfter: '900' });
    expect(locked.body).toMatchObject({
      message: expect.stringContaining('locked for 15 more minutes'),
      details: { retryAfterSeconds: 900 },
    });

    // The 15 minutes run from the fifth failure, not from the attempts refused since.
    advanceMinutes(10);
    expect(await attempt(user.email, user.password, address)).toMatchObject({
      status: 429,
      retryAfter: '300',
    });
    advanceMinutes(5);
    expect((await attempt(user.email, user.password, address)).status).toBe(200);
  });

  it('forgets the failures at a successful login', async () => {
    const user = await newUser();
    const address = newAddress();
    await failTimes(4, user.email, address);
    expect((await attempt(user.email, user.password, address)).status).toBe(200);

    // Counted afresh: four more failures are not a lock, the fifth locks.
    const after = await failTimes(5, user.email, address);
    expect(after.map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    expect((await attempt(user.email, user.password, address)).code).toBe('auth.locked');
    advanceMinutes(15);
  });

  it('counts failures within the window only', async () => {
    const user = await newUser();
    const address = newAddress();
    await failTimes(4, user.email, address);
    advanceMinutes(15);
    await failTimes(4, user.email, address);
    expect((await attempt(user.email, user.password, address)).status).toBe(200);
  });

  it('answers the same for an e-mail address with and without an account', async () => {
    const user = await newUser();
    const sequence = async (email: string) => {
      const address = newAddress();
      const answers = await failTimes(7, email, address);
      return answers.map(({ status, retryAfter, body }) => ({ status, retryAfter, body }));
    };
    const known = await sequence(user.email);
    const unknown = await sequence('nobody.here@throttle.test');
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    advanceMinutes(15);
  });

  it('holds the lock for every client address and every API process, and for that e-mail only', async () => {
    const user = await newUser();
    const other = await newUser();
    const second = await startTestApp({ clock, databaseUrl: app.databaseUrl });
    try {
      await failTimes(5, user.email, newAddress());
      const elsewhere = await attempt(user.email, user.password, newAddress(), second.baseUrl);
      expect(elsewhere).toMatchObject({ status: 429, code: 'auth.locked' });
      expect(
        (await attempt(other.email, other.password, newAddress(), second.baseUrl)).status,
      ).toBe(200);
    } finally {
      await second.close();
    }
    advanceMinutes(15);
  });

  it('lets no more than 5 guesses through when they arrive at once', async () => {
    const user = await newUser();
    const address = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => attempt(user.email, 'wrong password!', address)),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    expect((await attempt(user.email, user.password, address)).code).toBe('auth.locked');
    advanceMinutes(15);
  });

  it('allows 20 attempts a minute from one client address, then 429 until the minute is over', async () => {
    const address = newAddress();
    const emails = Array.from({ length: 21 }, (_, i) => `guess.${i}@throttle.test`);
    const answers: Answer[] = [];
    for (const email of emails) answers.push(await attempt(email, 'wrong password!', address));
    expect(answers.slice(0, 20).every((a) => a.status === 401)).toBe(true);
    expect(answers[20]).toMatchObject({
      status: 429,
      code: 'auth.too_many_attempts',
      retryAfter: '60',
    });

    // Other clients are not held up by it.
    expect((await attempt('guess.0@throttle.test', 'x', newAddress())).status).toBe(401);
    advanceMinutes(1);
    expect((await attempt('guess.21@throttle.test', 'x', address)).status).toBe(401);
  });

  it('counts an IPv6 /64 as one client address', async () => {
    const inNetwork = (host: number) => `2001:db8:aa:bb::${host.toString(16)}`;
    for (let host = 1; host <= 20; host += 1) {
      expect((await attempt(`v6.${host}@throttle.test`, 'x', inNetwork(host))).status).toBe(401);
    }
    expect((await attempt('v6.21@throttle.test', 'x', inNetwork(21))).code).toBe(
      'auth.too_many_attempts',
    );
    expect((await attempt('v6.22@throttle.test', 'x', '2001:db8:aa:cc::1')).status).toBe(401);
    advanceMinutes(1);
  });

  it('prunes the counts that have run out at the next successful login', async () => {
    advanceMinutes(60);
    await login(app);
    const rows: { key: string }[] = await app.app
      .get(DataSource)
      .query('SELECT key FROM login_throttles');
    // Only the client address of this very login is still counting.
    expect(rows).toHaveLength(1);
  });
});
