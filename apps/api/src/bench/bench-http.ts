import { BENCH_ADMIN, BENCH_LRS } from './bench-environment.js';

export interface BenchAccount {
  email: string;
  password: string;
}

/** The bearer token of `account`, by default the bench admin. */
export async function login(baseUrl: string, account: BenchAccount = BENCH_ADMIN): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** An HTTP status and the answer's text. */
export interface BenchAnswer {
  status: number;
  answer: string;
}

/** POST /xapi/statements with the bench LRS credential, whatever the LRS answers. */
export async function sendStatements(
  baseUrl: string,
  body: string,
  signal?: AbortSignal,
): Promise<BenchAnswer> {
  const response = await fetch(`${baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${BENCH_LRS.key}:${BENCH_LRS.secret}`).toString('base64')}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body,
    signal,
  });
  return { status: response.status, answer: await response.text() };
}

/** POST /xapi/statements with the bench LRS credential; throws unless the LRS stored them. */
export async function postStatements(baseUrl: string, body: string): Promise<void> {
  const { status, answer } = await sendStatements(baseUrl, body);
  if (status !== 200) {
    throw new Error(`POST /xapi/statements answered ${status}: ${answer.slice(0, 500)}`);
  }
}

/** A product API GET with a bearer token, whatever it answers. */
export async function getAnswer(
  baseUrl: string,
  token: string,
  pathAndQuery: string,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<BenchAnswer> {
  const response = await fetch(`${baseUrl}${pathAndQuery}`, {
    headers: { ...headers, Authorization: `Bearer ${token}` },
    signal,
  });
  return { status: response.status, answer: await response.text() };
}

/** A product API GET with a bearer token; throws on any status but 200. */
export async function getJson<T>(
  baseUrl: string,
  token: string,
  pathAndQuery: string,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<T> {
  const { status, answer } = await getAnswer(baseUrl, token, pathAndQuery, signal, headers);
  if (status !== 200) {
    throw new Error(`GET ${pathAndQuery} answered ${status}: ${answer.slice(0, 500)}`);
  }
  return JSON.parse(answer) as T;
}

/** A product API POST of JSON with a bearer token; throws unless it answers `expected`. */
export async function postJson<T>(
  baseUrl: string,
  token: string,
  pathAndQuery: string,
  body: unknown,
  expected = 200,
): Promise<T> {
  const response = await fetch(`${baseUrl}${pathAndQuery}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.text();
  if (response.status !== expected) {
    throw new Error(`POST ${pathAndQuery} answered ${response.status}: ${answer.slice(0, 500)}`);
  }
  return JSON.parse(answer) as T;
}

/** An import endpoint (multipart field `file`); throws unless the whole file applied. */
export async function importCsv(
  baseUrl: string,
  token: string,
  endpoint: '/api/courses/import' | '/api/learners/import',
  csv: string,
): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  const response = await fetch(`${baseUrl}${endpoint}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const answer = await response.text();
  if (response.status !== 200) {
    throw new Error(`POST ${endpoint} answered ${response.status}: ${answer.slice(0, 500)}`);
  }
  return (JSON.parse(answer) as { applied: number }).applied;
}
