import { BENCH_ADMIN, BENCH_LRS } from './bench-environment.js';

/** The bench admin's bearer token. */
export async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** POST /xapi/statements with the bench LRS credential; throws unless the LRS stored them. */
export async function postStatements(baseUrl: string, body: string): Promise<void> {
  const response = await fetch(`${baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${BENCH_LRS.key}:${BENCH_LRS.secret}`).toString('base64')}`,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body,
  });
  const answer = await response.text();
  if (response.status !== 200) {
    throw new Error(`POST /xapi/statements answered ${response.status}: ${answer.slice(0, 500)}`);
  }
}

/** A product API GET as the bench admin; throws on any status but 200. */
export async function getJson<T>(baseUrl: string, token: string, pathAndQuery: string): Promise<T> {
  const response = await fetch(`${baseUrl}${pathAndQuery}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const answer = await response.text();
  if (response.status !== 200) {
    throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${answer.slice(0, 500)}`);
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
