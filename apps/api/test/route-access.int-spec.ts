import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserEntity } from '../src/modules/auth/user.entity.js';
import { lrsHeaders } from './api-client.js';
import { loadPersonData, LEARNER, type PersonData } from './person-data.fixture.js';
import { signInAdmin, signInAs, type SignedInUser } from './signed-in-users.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Who calls: nobody signed in, each dashboard role, and an LRS credential (all scopes). */
const CALLERS = ['none', 'admin', 'manager', 'auditor', 'communications', 'lrs'] as const;
type Caller = (typeof CALLERS)[number];

const PUBLIC: readonly Caller[] = CALLERS;
const SIGNED_IN: readonly Caller[] = ['admin', 'manager', 'auditor', 'communications'];
const REPORTING: readonly Caller[] = ['admin', 'manager', 'auditor'];
const PREPARERS: readonly Caller[] = ['admin', 'manager'];
const ADMIN: readonly Caller[] = ['admin'];
const LRS: readonly Caller[] = ['lrs'];

interface RouteAccess {
  /** Callers the route lets through its guards (any answer but 401 and 403). */
  callers: readonly Caller[];
  /**
   * For routes that answer with person-level data (about learners, or another
   * user's export): the callers who get it (a 2xx) for data that exists.
   * Everyone else must get no 2xx.
   */
  personal?: readonly Caller[];
}

/**
 * Who may call what: the reviewed statement of the API's access rules (issue
 * 9; README, "The dashboard"). Every route the application serves must be
 * here, so a new route fails this test until someone decides who may call it.
 */
const ACCESS: Record<string, RouteAccess> = {
  // OpenAPI documentation: the shape of the API, no data.
  'GET /api/docs': { callers: PUBLIC },
  'GET /api/docs/': { callers: PUBLIC },
  'GET /api/docs/index.html': { callers: PUBLIC },
  'GET /api/docs/swagger-ui-init.js': { callers: PUBLIC },
  'GET /api/docs/docs/swagger-ui-init.js': { callers: PUBLIC },
  'GET /api/docs/LICENSE': { callers: PUBLIC },
  'GET /api/docs-json': { callers: PUBLIC },
  'GET /api/docs-yaml': { callers: PUBLIC },
  'GET /health': { callers: PUBLIC },

  'POST /api/auth/login': { callers: PUBLIC },
  'POST /api/auth/logout': { callers: SIGNED_IN },
  'GET /api/auth/me': { callers: SIGNED_IN },

  'GET /api/admin/audit': { callers: ADMIN },
  'GET /api/admin/users': { callers: ADMIN },
  'POST /api/admin/users': { callers: ADMIN },
  'PUT /api/admin/users/:id/role': { callers: ADMIN },
  'POST /api/admin/users/:id/disable': { callers: ADMIN },
  'POST /api/admin/users/:id/enable': { callers: ADMIN },
  'POST /api/admin/users/:id/password-reset': { callers: ADMIN },
  'GET /api/admin/lrs-credentials': { callers: ADMIN },
  'POST /api/admin/lrs-credentials': { callers: ADMIN },
  'DELETE /api/admin/lrs-credentials/:key': { callers: ADMIN },
  // Data subjects' requests name registry persons: admins only (ADR 0013).
  'GET /api/admin/privacy/requests': { callers: ADMIN, personal: ADMIN },
  'POST /api/admin/privacy/requests': { callers: ADMIN },
  'POST /api/admin/privacy/requests/:id/lift': { callers: ADMIN },

  // The LRS: xAPI clients only, never a dashboard session.
  'GET /xapi/about': { callers: PUBLIC },
  'POST /xapi/statements': { callers: LRS },
  'PUT /xapi/statements': { callers: LRS },
  'GET /xapi/statements': { callers: LRS, personal: LRS },
  'GET /xapi/agents': { callers: LRS, personal: LRS },
  'GET /xapi/activities': { callers: LRS },
  'GET /xapi/activities/state': { callers: LRS },
  'PUT /xapi/activities/state': { callers: LRS },
  'POST /xapi/activities/state': { callers: LRS },
  'DELETE /xapi/activities/state': { callers: LRS },
  'GET /xapi/activities/profile': { callers: LRS },
  'PUT /xapi/activities/profile': { callers: LRS },
  'POST /xapi/activities/profile': { callers: LRS },
  'DELETE /xapi/activities/profile': { callers: LRS },
  'GET /xapi/agents/profile': { callers: LRS },
  'PUT /xapi/agents/profile': { callers: LRS },
  'POST /xapi/agents/profile': { callers: LRS },
  'DELETE /xapi/agents/profile': { callers: LRS },

  'GET /api/indicators': { callers: REPORTING },
  'GET /api/indicators/series': { callers: REPORTING },
  'GET /api/indicators/courses': { callers: REPORTING },
  // Two counts of statements: the header's "data as of" for every role.
  'GET /api/indicators/freshness': { callers: SIGNED_IN },
  'POST /api/indicators/rebuild': { callers: ADMIN },

  'POST /api/learners/import': { callers: ADMIN },
  'GET /api/learners/summary': { callers: REPORTING },
  'GET /api/learners/:personId': {
    callers: ['admin', 'auditor'],
    personal: ['admin', 'auditor'],
  },
  'GET /api/learners/:personId/identities': { callers: ADMIN, personal: ADMIN },

  'POST /api/courses/import': { callers: ADMIN },
  'POST /api/courses': { callers: ADMIN },
  'GET /api/courses': { callers: REPORTING },
  'GET /api/courses/uncatalogued': { callers: REPORTING },

  // Anyone signed in may ask for an export; its kind decides the roles, and a
  // person reads only their own unless they oversee (admins, auditors).
  'POST /api/exports': { callers: SIGNED_IN, personal: ['admin', 'auditor'] },
  'GET /api/exports': { callers: SIGNED_IN },
  'GET /api/exports/:id': { callers: SIGNED_IN, personal: ['admin', 'auditor'] },
  'GET /api/exports/:id/file': { callers: SIGNED_IN, personal: ['admin', 'auditor'] },

  'GET /api/operations': { callers: REPORTING },
  'GET /api/operations/:id': { callers: REPORTING },
  'POST /api/operations': { callers: ADMIN },
  'PATCH /api/operations/:id': { callers: ADMIN },
  'POST /api/operations/:id/figures': { callers: ADMIN },
  'PUT /api/operations/:id/indicators/:code': { callers: ADMIN },
  'GET /api/operations/:id/indicators/:code/values': { callers: REPORTING },
  'POST /api/operations/:id/indicators/:code/values': { callers: ADMIN },
  'GET /api/operations/:id/indicators': { callers: REPORTING },
  'GET /api/operations/:id/money': { callers: REPORTING },
  'GET /api/indicator-catalogue': { callers: REPORTING },
  'GET /api/indicator-catalogue/:code': { callers: REPORTING },
  'POST /api/indicator-catalogue': { callers: ADMIN },
  'PATCH /api/indicator-catalogue/:code': { callers: ADMIN },

  'POST /api/snapshots': { callers: PREPARERS },
  'GET /api/snapshots': { callers: REPORTING },
  'GET /api/snapshots/published': { callers: SIGNED_IN },
  'GET /api/snapshots/jobs/:jobId': { callers: REPORTING },
  'GET /api/snapshots/compare': { callers: REPORTING },
  'GET /api/snapshots/:id': { callers: REPORTING },
  'POST /api/snapshots/:id/approve': { callers: PREPARERS },
  'POST /api/snapshots/:id/verify': { callers: REPORTING },
  'GET /api/snapshots/:id/evidence': {
    callers: ['admin', 'auditor'],
    personal: ['admin', 'auditor'],
  },
  'GET /api/snapshots/:id/publication': { callers: SIGNED_IN },

  'GET /api/quality': { callers: REPORTING },
};

interface ServedRoute {
  method: string;
  path: string;
}

/** Every route the HTTP application serves, read from Express's router (Nest's and Swagger's). */
function servedRoutes(app: TestApp): ServedRoute[] {
  const express = app.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack.flatMap(({ route }) =>
    route
      ? Object.keys(route.methods).map((method) => ({
          method: method.toUpperCase(),
          path: route.path,
        }))
      : [],
  );
}

const keyOf = (route: ServedRoute) => `${route.method} ${route.path}`;

describe('route access: every role against every route (issue 9)', () => {
  let app: TestApp;
  const users = {} as Record<Exclude<Caller, 'none' | 'lrs'>, SignedInUser>;
  let data: PersonData;

  beforeAll(async () => {
    app = await startTestApp();
    users.admin = await signInAdmin(app);
    for (const role of ['manager', 'auditor', 'communications'] as const) {
      users[role] = await signInAs(app, role);
    }
    data = await loadPersonData(app, users);
  });
  afterAll(() => app.close());

  /**
   * The access pass fills parameters with ids that exist nowhere (a 404 is "let
   * through"); the person-level pass uses real ones, so that a refusal there is
   * a refusal and not an absence.
   */
  function pathFor(route: ServedRoute, ids: 'dummy' | 'real'): string {
    const real = (id: string) => (ids === 'real' ? id : randomUUID());
    const exportsRoute = route.path.startsWith('/api/exports/');
    const snapshotRoute = route.path.startsWith('/api/snapshots/');
    return route.path
      .replace(':personId', ids === 'real' ? encodeURIComponent(data.personId) : 'P-nobody')
      .replace(
        ':id',
        exportsRoute
          ? real(data.evidenceExportId)
          : snapshotRoute
            ? real(data.snapshotId)
            : randomUUID(),
      )
      .replace(':jobId', randomUUID())
      .replace(':code', 'E024')
      .replace(':key', 'no-such-key');
  }

  const QUERIES: Record<string, string> = {
    'GET /api/snapshots/:id/evidence': 'value=users',
    'GET /xapi/statements': `agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${LEARNER.email}` }))}`,
    'GET /xapi/agents': `agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${LEARNER.email}` }))}`,
  };

  function bodyFor(route: ServedRoute, ids: 'dummy' | 'real'): unknown {
    if (ids === 'real' && keyOf(route) === 'POST /api/exports') {
      return {
        kind: 'erdf',
        format: 'xlsx',
        snapshotId: data.snapshotId,
        evidence: true,
        language: 'en',
      };
    }
    return ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
  }

  async function headersFor(caller: Caller, route: ServedRoute): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    };
    if (caller === 'lrs') return { ...headers, Authorization: lrsHeaders(app).Authorization ?? '' };
    if (caller === 'none') return headers;
    // Logging out ends the session: it gets one of its own.
    const token =
      keyOf(route) === 'POST /api/auth/logout'
        ? (await signInAgain(users[caller])).token
        : users[caller].token;
    return { ...headers, Authorization: `Bearer ${token}` };
  }

  async function signInAgain(user: SignedInUser): Promise<{ token: string }> {
    const password =
      user.role === 'admin' && user.email === app.admin.email
        ? app.admin.password
        : `test-${user.email.split('@')[0]}-password`;
    const response = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    });
    return (await response.json()) as { token: string };
  }

  async function call(caller: Caller, route: ServedRoute, ids: 'dummy' | 'real'): Promise<number> {
    const query = QUERIES[keyOf(route)];
    const body = bodyFor(route, ids);
    const url = `${app.baseUrl}${pathFor(route, ids)}${query ? `?${query}` : ''}`;
    const response = await fetch(url, {
      method: route.method,
      headers: await headersFor(caller, route),
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    await response.arrayBuffer();
    return response.status;
  }

  it('has a decision for every route the application serves, and no stale ones', () => {
    const served = servedRoutes(app).map(keyOf);
    expect(served.length).toBeGreaterThan(80);
    expect(served.filter((key) => !(key in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((key) => !served.includes(key))).toEqual([]);
  });

  it('never lets communications staff or an LRS client into person-level data of the dashboard API', () => {
    for (const [key, access] of Object.entries(ACCESS)) {
      if (!access.personal || key.includes(' /xapi/')) continue;
      expect([key, access.personal.includes('communications')]).toEqual([key, false]);
      expect([key, access.personal.includes('lrs')]).toEqual([key, false]);
    }
  });

  it('gives person-level data only to the callers the table names, for data that exists', async () => {
    const seen: string[] = [];
    for (const route of servedRoutes(app)) {
      const access = ACCESS[keyOf(route)];
      if (!access?.personal) continue;
      for (const caller of CALLERS) {
        const status = await call(caller, route, 'real');
        const got = status >= 200 && status < 300;
        seen.push(`${keyOf(route)} ${caller} ${got ? 'gets it' : 'gets nothing'}`);
        // Each line read as a sentence, so a failure says who got what.
        expect(`${keyOf(route)} ${caller} ${got ? 'gets it' : 'gets nothing'}`).toBe(
          `${keyOf(route)} ${caller} ${access.personal.includes(caller) ? 'gets it' : 'gets nothing'}`,
        );
      }
    }
    expect(seen.filter((line) => line.includes(' communications gets it'))).toEqual([]);
    expect(seen.length).toBe(9 * CALLERS.length);
  });

  it('refuses an export file to someone whose role no longer allows what it holds', async () => {
    // An auditor's evidence export stays theirs, but evidence is for auditors and admins:
    // once they are communications staff, the file is refused like a new request would be.
    const former = await signInAs(app, 'auditor', 'former-auditor');
    const accepted = await fetch(`${app.baseUrl}/api/exports`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${former.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'erdf',
        format: 'xlsx',
        snapshotId: data.snapshotId,
        evidence: true,
        language: 'en',
      }),
    });
    expect(accepted.status).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    const file = () =>
      fetch(`${app.baseUrl}/api/exports/${id}/file`, {
        headers: { Authorization: `Bearer ${former.token}` },
      });
    const deadline = Date.now() + 30_000;
    let status = 409;
    while (status === 409 && Date.now() < deadline) {
      const response = await file();
      await response.arrayBuffer();
      status = response.status;
      if (status === 409) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(200);

    await app.app
      .get(DataSource)
      .getRepository(UserEntity)
      .update({ id: former.id }, { role: 'communications' });
    const refused = await file();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'exports.forbidden' });
  });

  it('lets each caller through exactly the routes the table gives it', async () => {
    const mismatches: string[] = [];
    for (const route of servedRoutes(app)) {
      const access = ACCESS[keyOf(route)];
      if (!access) continue; // reported by the first test
      for (const caller of CALLERS) {
        const status = await call(caller, route, 'dummy');
        const refused = status === 401 || status === 403;
        const expected = access.callers.includes(caller) ? 'allowed' : 'refused';
        if (expected === 'allowed' && (refused || status >= 500)) {
          mismatches.push(`${keyOf(route)} as ${caller}: ${status}, expected to be let through`);
        }
        if (expected === 'refused' && !refused) {
          mismatches.push(`${keyOf(route)} as ${caller}: ${status}, expected 401 or 403`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
