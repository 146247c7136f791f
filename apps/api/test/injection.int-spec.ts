import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { lrsHeaders } from './api-client.js';
import { loadPersonData, type PersonData } from './person-data.fixture.js';
import { signInAdmin, signInAs, type SignedInUser } from './signed-in-users.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * What an attacker types into filters, ids and fields: SQL, JSON paths and
 * operators, encoded quotes and slashes, header breaks, very long text,
 * unicode and NUL bytes.
 */
const PAYLOADS = [
  `' OR 1=1 --`,
  `'); DROP TABLE statements; --`,
  `1; DROP TABLE audit_events`,
  `" OR ""="`,
  `%27`,
  `%27%20OR%201%3D1--`,
  `..%2F..%2Fetc%2Fpasswd`,
  `../../etc/passwd`,
  `$.users[?(@.sex=='woman')]`,
  `{"$gt":""}`,
  `{"mbox":"mailto:w1@example.org' OR 1=1 --"}`,
  `\r\nX-Injected: yes`,
  `<script>alert(1)</script>`,
  `$\{jndi:ldap://x/a}`,
  `NUL\u0000byte`,
  `😀 ñ ç 中文 \u202e`,
  `-1`,
  `1e309`,
  'x'.repeat(4_000),
];

/** Fewer for requests that may start work (snapshot and export jobs). */
const BODY_PAYLOADS = [
  `' OR 1=1 --`,
  `'); DROP TABLE statements; --`,
  `..%2F..%2Fetc%2Fpasswd`,
  `{"$gt":""}`,
  `\r\nX-Injected: yes`,
  `NUL\u0000byte`,
  `😀 ñ ç 中文 \u202e`,
  'x'.repeat(4_000),
];

type Who = 'admin' | 'lrs';

/** One way to send a payload, and what a 200 must then hold (nothing matches a payload). */
interface Target {
  name: string;
  who: Who;
  request: (payload: string) => { path: string; method?: string; body?: unknown };
  /** A 2xx is fine only if this holds for its body; by default a 2xx is not expected. */
  ok?: (body: unknown) => boolean;
}

const YEAR = { from: '2020-01-01', to: '2020-12-31' };
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
/** No counted figure above zero: the payload filtered everything out, as it matches nothing. */
const countsNothing = (body: unknown) =>
  !/"(users|enrolments|completions)":[1-9]/.test(JSON.stringify(body));

describe('injection attempts through every filter, id and field (issue 9)', () => {
  let app: TestApp;
  let admin: SignedInUser;
  let data: PersonData;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    data = await loadPersonData(app, { admin, auditor: await signInAs(app, 'auditor') });
  });
  afterAll(() => app.close());

  function headersFor(who: Who): Record<string, string> {
    return who === 'lrs'
      ? lrsHeaders(app)
      : { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' };
  }

  async function send(who: Who, path: string, method = 'GET', body?: unknown) {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: headersFor(who),
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    return { response, text: await response.text() };
  }

  const tables = async () =>
    (
      await app.app
        .get(DataSource)
        .query<{ tablename: string }[]>(
          `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
        )
    ).map((row) => row.tablename);
  const statementCount = async () =>
    (
      await app.app
        .get(DataSource)
        .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM statements`)
    )[0]?.n;
  /** The figures of 2020 and their provenance, but the "as of" instant, which the jobs move on. */
  const figures = async () => {
    const answer = JSON.parse((await send('admin', `/api/indicators${query(YEAR)}`)).text) as {
      provenance: Record<string, unknown>;
    };
    return { ...answer, provenance: { ...answer.provenance, cutoff: undefined } };
  };

  /** Routes that take no parameters answer as if none were given: compared with that answer. */
  const unparameterised: Record<string, string> = {};

  function targets(): Target[] {
    const indicatorParams = ['from', 'to', 'programme', 'format', 'course', 'cutoff'];
    const indicatorRoutes: Target[] = ['', '/series', '/courses'].flatMap((route) =>
      [
        ...indicatorParams,
        ...(route === '' ? ['ageScheme', 'ageBands'] : []),
        ...(route === '/series' ? ['interval'] : []),
      ].map((name): Target => ({
        name: `GET /api/indicators${route} ${name}`,
        who: 'admin',
        request: (payload) => ({
          path: `/api/indicators${route}${query({
            ...YEAR,
            ...(name === 'ageBands' ? { ageScheme: 'custom' } : {}),
            [name]: payload,
          })}`,
        }),
        ok: countsNothing,
      })),
    );
    const xapiParams = [
      'agent',
      'verb',
      'activity',
      'registration',
      'since',
      'until',
      'limit',
      'format',
      'statementId',
      'voidedStatementId',
      'related_activities',
      'related_agents',
      'ascending',
      'attachments',
      'more',
    ];
    const noStatements = (body: unknown) =>
      (body as { statements?: unknown[] }).statements?.length === 0;
    const ignoring = Object.keys(unparameterised).map((path): Target => ({
      name: `GET ${path} (takes no parameters)`,
      who: 'admin',
      request: (payload) => ({ path: `${path}${query({ programme: payload, [payload]: '1' })}` }),
      ok: (body) => JSON.stringify(body) === unparameterised[path],
    }));
    return [
      ...indicatorRoutes,
      ...ignoring,
      {
        name: 'GET /api/indicators snapshot',
        who: 'admin',
        request: (payload) => ({ path: `/api/indicators${query({ snapshot: payload })}` }),
      },
      {
        name: 'GET /api/snapshots/:id',
        who: 'admin',
        request: (payload) => ({ path: `/api/snapshots/${encodeURIComponent(payload)}` }),
      },
      {
        name: 'GET /api/snapshots/jobs/:jobId',
        who: 'admin',
        request: (payload) => ({ path: `/api/snapshots/jobs/${encodeURIComponent(payload)}` }),
      },
      {
        name: 'GET /api/snapshots/compare a',
        who: 'admin',
        request: (payload) => ({
          path: `/api/snapshots/compare${query({ a: payload, b: data.snapshotId })}`,
        }),
      },
      ...['value', 'page', 'pageSize'].map((name): Target => ({
        name: `GET /api/snapshots/:id/evidence ${name}`,
        who: 'admin',
        request: (payload) => ({
          path: `/api/snapshots/${data.snapshotId}/evidence${query({ value: 'users', [name]: payload })}`,
        }),
      })),
      {
        name: 'GET /api/snapshots/:id/evidence id',
        who: 'admin',
        request: (payload) => ({
          path: `/api/snapshots/${encodeURIComponent(payload)}/evidence?value=users`,
        }),
      },
      ...['k', 'lang'].map((name): Target => ({
        name: `GET /api/snapshots/:id/publication ${name}`,
        who: 'admin',
        request: (payload) => ({
          path: `/api/snapshots/${data.snapshotId}/publication${query({ [name]: payload })}`,
        }),
      })),
      ...['', '/file'].map((route): Target => ({
        name: `GET /api/exports/:id${route}`,
        who: 'admin',
        request: (payload) => ({ path: `/api/exports/${encodeURIComponent(payload)}${route}` }),
      })),
      ...['', '/identities'].map((route): Target => ({
        name: `GET /api/learners/:personId${route}`,
        who: 'admin',
        request: (payload) => ({ path: `/api/learners/${encodeURIComponent(payload)}${route}` }),
      })),
      ...['from', 'to', 'action', 'user', 'page', 'pageSize'].map((name): Target => ({
        name: `GET /api/admin/audit ${name}`,
        who: 'admin',
        request: (payload) => ({ path: `/api/admin/audit${query({ [name]: payload })}` }),
        ok: (body) => (body as { total: number }).total === 0,
      })),
      ...xapiParams.map((name): Target => ({
        name: `GET /xapi/statements ${name}`,
        who: 'lrs',
        request: (payload) => ({ path: `/xapi/statements${query({ [name]: payload })}` }),
        ok: noStatements,
      })),
      {
        name: 'GET /xapi/agents agent',
        who: 'lrs',
        request: (payload) => ({ path: `/xapi/agents${query({ agent: payload })}` }),
      },
      {
        name: 'GET /xapi/activities activityId',
        who: 'lrs',
        request: (payload) => ({ path: `/xapi/activities${query({ activityId: payload })}` }),
      },
    ];
  }

  /** Requests that may create something: one field at a time, with a valid rest. */
  function bodyTargets(): Target[] {
    const snapshot = (name: string): Target => ({
      name: `POST /api/snapshots ${name}`,
      who: 'admin',
      request: (payload) => ({
        method: 'POST',
        path: '/api/snapshots',
        body: { ...YEAR, [name]: payload },
      }),
      ok: () => true,
    });
    const exportField = (name: string): Target => ({
      name: `POST /api/exports ${name}`,
      who: 'admin',
      request: (payload) => ({
        method: 'POST',
        path: '/api/exports',
        body: { kind: 'manager', format: 'xlsx', language: 'en', query: YEAR, [name]: payload },
      }),
    });
    const exportQuery = (name: string): Target => ({
      name: `POST /api/exports query.${name}`,
      who: 'admin',
      request: (payload) => ({
        method: 'POST',
        path: '/api/exports',
        body: {
          kind: 'manager',
          format: 'xlsx',
          language: 'en',
          query: { ...YEAR, [name]: payload },
        },
      }),
      ok: () => true,
    });
    let probe = 0;
    const course = (name: string): Target => ({
      name: `POST /api/courses ${name}`,
      who: 'admin',
      request: (payload) => ({
        method: 'POST',
        path: '/api/courses',
        body: {
          activityId: `https://lms.example.org/injection/${(probe += 1)}`,
          title: 'Injection probe',
          format: 'mooc',
          mode: 'async',
          [name]: name === 'tags' ? [payload] : payload,
        },
      }),
      ok: () => true,
    });
    return [
      ...[
        'from',
        'to',
        'programme',
        'format',
        'course',
        'ageScheme',
        'ageBands',
        'cutoff',
        'supersedes',
        'reason',
      ].map(snapshot),
      ...['kind', 'format', 'table', 'snapshotId', 'language', 'k', 'evidence'].map(exportField),
      ...['programme', 'course', 'format', 'from'].map(exportQuery),
      ...['activityId', 'title', 'programme', 'tags'].map(course),
    ];
  }

  async function attempt(target: Target, payload: string, problems: string[]): Promise<void> {
    const { path, method = 'GET', body } = target.request(payload);
    const { response, text } = await send(target.who, path, method, body);
    const label = `${target.name} = ${JSON.stringify(payload.slice(0, 40))}: ${response.status}`;
    if (response.headers.has('x-injected')) problems.push(`${label}, a header was injected`);
    if (response.status >= 500) {
      problems.push(`${label} ${text.slice(0, 200)}`);
    } else if (response.status >= 400) {
      // 414/431: Node's own limits on the request line and headers, before any route.
      if (response.status === 414 || response.status === 431) return;
      const error = safeJson(text) as { message?: unknown } | undefined;
      if (typeof error?.message !== 'string' || error.message.length === 0) {
        problems.push(`${label}, no message saying what was wrong: ${text.slice(0, 200)}`);
      }
    } else if (!target.ok?.(safeJson(text))) {
      problems.push(`${label}, an answer where none was expected: ${text.slice(0, 200)}`);
    }
  }

  it('never fails, always says what was wrong, and finds nothing for what matches nothing', async () => {
    const before = {
      tables: await tables(),
      statements: await statementCount(),
      figures: await figures(),
    };
    expect(before.statements).toBeGreaterThan(0);
    expect(before.figures).toMatchObject({ users: 2, provenance: { statementCount: 3 } });

    for (const path of ['/api/courses', '/api/courses/uncatalogued', '/api/quality']) {
      unparameterised[path] = JSON.stringify(safeJson((await send('admin', path)).text));
    }
    const problems: string[] = [];
    for (const target of targets()) {
      for (const payload of PAYLOADS) await attempt(target, payload, problems);
    }
    for (const target of bodyTargets()) {
      for (const payload of BODY_PAYLOADS) await attempt(target, payload, problems);
    }
    expect(problems).toEqual([]);

    expect(await tables()).toEqual(before.tables);
    expect(await statementCount()).toBe(before.statements);
    expect(await figures()).toEqual(before.figures);
  });

  it('refuses query parameters given as arrays or objects instead of reading one of them', async () => {
    const problems: string[] = [];
    const raw = [
      `/api/indicators?from=2020-01-01&to=2020-12-31&programme=a&programme=b`,
      `/api/indicators?from=2020-01-01&to=2020-12-31&programme[]=a`,
      `/api/indicators?from[$gt]=2000-01-01&to=2020-12-31`,
      `/api/indicators?from=2020-01-01&to=2020-12-31&course[$ne]=x`,
      `/api/snapshots/${data.snapshotId}/evidence?value[$gt]=&value=users`,
      `/api/admin/audit?user[$ne]=nobody`,
    ];
    for (const path of raw) {
      const { response, text } = await send('admin', path);
      const message = (safeJson(text) as { message?: string } | undefined)?.message;
      if (response.status !== 400 || !message)
        problems.push(`${path}: ${response.status} ${text.slice(0, 200)}`);
    }
    const xapi = [
      `/xapi/statements?agent[mbox]=mailto:w1@example.org`,
      `/xapi/statements?verb=a&verb=b`,
      `/xapi/statements?limit[$gt]=0`,
    ];
    for (const path of xapi) {
      const { response, text } = await send('lrs', path);
      if (response.status !== 400)
        problems.push(`${path}: ${response.status} ${text.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });

  it('treats injected credentials and versions as wrong, not as errors', async () => {
    for (const payload of PAYLOADS) {
      const headers: Record<string, string>[] = [
        { Authorization: `Bearer ${payload}` },
        { Authorization: `Basic ${Buffer.from(`${payload}:${payload}`).toString('base64')}` },
      ];
      for (const header of headers) {
        const response = await fetch(`${app.baseUrl}/api/indicators${query(YEAR)}`, {
          headers: header,
        }).catch(() => undefined); // fetch itself refuses CR, LF and NUL in a header
        if (response)
          expect([payload.slice(0, 40), response.status]).toEqual([payload.slice(0, 40), 401]);
      }
      const xapi = await fetch(`${app.baseUrl}/xapi/statements`, {
        headers: { ...lrsHeaders(app), 'X-Experience-API-Version': payload },
      }).catch(() => undefined);
      if (xapi) expect([payload.slice(0, 40), xapi.status]).toEqual([payload.slice(0, 40), 400]);
    }
  });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
