import type { TestApp } from './test-app.js';

/** Thin HTTP helpers over fetch, so specs read as what a client does. */
export function lrsHeaders(app: Pick<TestApp, 'lrs'>): Record<string, string> {
  const basic = Buffer.from(`${app.lrs.key}:${app.lrs.secret}`).toString('base64');
  return {
    Authorization: `Basic ${basic}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
}

export async function postStatements(
  app: TestApp,
  body: unknown,
  headers = lrsHeaders(app),
): Promise<Response> {
  return fetch(`${app.baseUrl}/xapi/statements`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
}

export async function login(app: Pick<TestApp, 'baseUrl' | 'admin'>): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(app.admin),
  });
  if (response.status !== 200)
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function getJson<T = unknown>(
  baseUrl: string,
  path: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { ...headers, Authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Polls freshness until every stored statement is processed (spec section 10). */
export async function waitForFreshness(
  baseUrl: string,
  token: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const { body } = await getJson<{ statementsStored: number; statementsProcessed: number }>(
      baseUrl,
      '/api/indicators/freshness',
      token,
    );
    last = body;
    if (body.statementsStored > 0 && body.statementsProcessed === body.statementsStored) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`figures did not catch up within ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

let counter = 0;
/** A valid statement by an e-mail actor at a given instant; override any part. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    actor: { mbox: `mailto:learner${counter}@example.org` },
    verb: { id: 'http://adlnet.gov/expapi/verbs/registered', display: { en: 'registered' } },
    object: { id: 'https://lms.example.org/courses/digital-skills', objectType: 'Activity' },
    timestamp: '2020-03-15T10:00:00Z',
    ...overrides,
  };
}
