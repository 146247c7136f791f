import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  adminToken,
  COURSES,
  incrementalAndRebuilt,
  lrsAuth,
  postStatements,
  sql,
  startFaultFita,
  waitForFreshness,
  type FaultFita,
  type FitaApi,
} from './fault-fita.js';

/** Connections posting the same statement at once. */
const CONNECTIONS = 16;
const IDS = 8;

/**
 * Issue 9: the same statement id posted concurrently from many connections
 * is stored once: one row, one set of links, one inbox entry, counted once
 * in the facts. With different contents under one id, exactly one request
 * wins and every other gets 409.
 */
describe('faults: the same statement id from many connections at once', () => {
  let fita: FaultFita;
  let api: FitaApi;
  let token: string;

  beforeAll(async () => {
    fita = await startFaultFita();
    api = await fita.startApi();
    await fita.startWorker();
    token = await adminToken(api.baseUrl, fita);
  }, 90_000);

  afterAll(async () => {
    await fita?.close();
  }, 60_000);

  function statement(id: string, person: number, verb = 'registered'): Record<string, unknown> {
    return {
      id,
      actor: { mbox: `mailto:same${person}@example.org` },
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
      object: { id: COURSES[person % COURSES.length], objectType: 'Activity' },
      timestamp: `2021-05-${String(10 + (person % 20)).padStart(2, '0')}T10:00:00Z`,
    };
  }

  it('stores a statement sent by many connections at once exactly once', async () => {
    // A statement sent once, for comparison; it also warms the credential
    // cache, so that the requests below meet in the database, not in argon2.
    const control = randomUUID();
    expect((await postStatements(api.baseUrl, fita.settings, statement(control, 0))).status).toBe(
      200,
    );
    const ids = Array.from({ length: IDS }, () => randomUUID());
    // Per id, CONNECTIONS requests at once: POSTs of the statement alone, of
    // it in a batch with a statement of the request's own, and PUTs.
    const own: string[] = [];
    const requests = ids.flatMap((id, person) =>
      Array.from({ length: CONNECTIONS }, (_, n) => {
        const same = statement(id, person);
        if (n % 3 === 0) return put(id, same).then((status) => ({ status, expected: 204 }));
        let body: unknown = same;
        if (n % 3 === 2) {
          const extra = randomUUID();
          own.push(extra);
          body = [same, statement(extra, person, 'attended')];
        }
        return postStatements(api.baseUrl, fita.settings, body).then(({ status }) => ({
          status,
          expected: 200,
        }));
      }),
    );
    const outcomes = await Promise.all(requests);
    for (const { status, expected } of outcomes) expect(status).toBe(expected);

    const links = (id: string) =>
      sql<{ id: string; agents: string; activities: string }>(
        fita.databaseUrl,
        `SELECT s.id::text AS id,
                (SELECT count(*) FROM statement_agents a WHERE a.seq = s.seq)::text AS agents,
                (SELECT count(*) FROM statement_activities a WHERE a.seq = s.seq)::text AS activities
         FROM statements s WHERE s.id = $1`,
        [id],
      );
    const [once] = await links(control);
    for (const id of ids) {
      // One row (the id is the key), with the links of one statement, not of 16.
      expect(await links(id)).toEqual([{ ...once, id }]);
    }
    const [{ total }] = (await sql<{ total: string }>(
      fita.databaseUrl,
      'SELECT count(*)::text AS total FROM statements',
    )) as [{ total: string }];
    expect(Number(total)).toBe(IDS + own.length + 1);

    // Counted once: each of the IDS people is one user, the facts equal a rebuild.
    await waitForFreshness(api.baseUrl, token, IDS + own.length + 1, 30_000);
    const { incremental, rebuilt } = await incrementalAndRebuilt(fita, api.baseUrl, token);
    expect(rebuilt).toEqual(incremental);
    expect(incremental.figures['from=2021-01-01&to=2021-12-31']?.['users']).toBe(IDS);
  }, 90_000);

  it('lets exactly one of many different contents under one id win; the others get 409', async () => {
    const id = randomUUID();
    const contents = Array.from({ length: CONNECTIONS }, (_, n) => statement(id, 100 + n));
    const outcomes = await Promise.all(
      contents.map((content) => postStatements(api.baseUrl, fita.settings, content)),
    );
    const statuses = outcomes.map((outcome) => outcome.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(CONNECTIONS - 1);

    const winner = contents[statuses.indexOf(200)];
    const [stored] = await sql<{ actor: unknown }>(
      fita.databaseUrl,
      `SELECT payload->'actor' AS actor FROM statements WHERE id = $1`,
      [id],
    );
    expect(stored?.actor).toEqual(winner['actor']);
  }, 60_000);

  /** PUT /xapi/statements?statementId= on a connection of its own. */
  function put(id: string, body: unknown): Promise<number> {
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${api.baseUrl}/xapi/statements?statementId=${id}`,
        {
          method: 'PUT',
          agent: false,
          headers: { ...lrsAuth(fita.settings), 'Content-Length': String(payload.length) },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }
});
