import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { passwordHasher } from '../src/modules/auth/password-hasher.js';
import { LrsCredentialEntity } from '../src/modules/lrs/lrs-credential.entity.js';
import type { LrsScope } from '../src/modules/lrs/lrs-scopes.js';
import type { TestApp } from './test-app.js';

/** Helpers for the xAPI document resources (State, Activity/Agent Profile). */
export interface DocumentRequest {
  method?: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  params: Record<string, unknown>;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: object | string | Buffer;
  headers?: Record<string, string>;
  version?: '1.0.3' | '2.0.0';
  credential?: { key: string; secret: string };
}

/** Query string as xAPI clients build it: objects (agent) as JSON. */
export function query(params: Record<string, unknown>): string {
  return new URLSearchParams(
    Object.entries(params).map(([name, value]): [string, string] => [
      name,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  ).toString();
}

export function xapi(
  app: TestApp,
  path: string,
  { method = 'GET', params, body, headers = {}, version = '1.0.3', credential }: DocumentRequest,
): Promise<Response> {
  const { key, secret } = credential ?? app.lrs;
  const raw = body === undefined || typeof body === 'string' || Buffer.isBuffer(body);
  const payload = raw ? body : JSON.stringify(body);
  return fetch(`${app.baseUrl}/xapi/${path}?${query(params)}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
      'X-Experience-API-Version': version,
      ...(raw ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: payload,
  });
}

/** An LRS credential with only the given scopes. */
export async function credentialWith(
  app: TestApp,
  scopes: LrsScope[],
): Promise<{ key: string; secret: string }> {
  const key = `scoped-${randomUUID()}`;
  const secret = `secret-${randomUUID()}`;
  await app.app
    .get(DataSource)
    .getRepository(LrsCredentialEntity)
    .insert({
      id: randomUUID(),
      key,
      secretHash: await passwordHasher.hash(secret),
      name: `Test credential (${scopes.join(', ')})`,
      scopes,
    });
  return { key, secret };
}

let counter = 0;
/** A fresh agent as the `agent` parameter, so each test has documents of its own. */
export function newAgent(): { objectType: 'Agent'; mbox: string } {
  counter += 1;
  return { objectType: 'Agent', mbox: `mailto:learner-${counter}-${randomUUID()}@example.org` };
}

export async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { code: string }).code;
}
