import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lrsHeaders, postStatements, statement } from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

interface StatementResult {
  statements: Record<string, unknown>[];
  more: string;
}

describe('xAPI statement queries', () => {
  let app: TestApp;
  const registration = randomUUID();
  const course = 'https://lms.example.org/courses/queries';
  const ana = { mbox: 'mailto:ana.queries@example.org' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    const sent = {
      registered: statement({ actor: ana, object: { id: course }, context: { registration } }),
      completed: statement({
        actor: ana,
        verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
        object: { id: `${course}/module-1` },
        context: { contextActivities: { parent: { id: course } } },
      }),
      other: statement({
        actor: { mbox: 'mailto:other.queries@example.org' },
        object: { id: 'https://lms.example.org/courses/else' },
      }),
    };
    for (const [name, body] of Object.entries(sent)) {
      ids[name] = ((await (await postStatements(app, body)).json()) as string[])[0];
    }
  });
  afterAll(() => app.close());

  async function query(
    params: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: StatementResult; headers: Headers }> {
    const response = await fetch(
      `${app.baseUrl}/xapi/statements?${new URLSearchParams(params).toString()}`,
      {
        headers: { ...lrsHeaders(app), ...headers },
      },
    );
    return {
      status: response.status,
      body: (await response.json()) as StatementResult,
      headers: response.headers,
    };
  }
  const idsOf = (result: StatementResult) => result.statements.map((s) => s['id']);

  it('filters by agent, verb, activity and registration', async () => {
    expect(idsOf((await query({ agent: JSON.stringify(ana) })).body).sort()).toEqual(
      [ids['registered'], ids['completed']].sort(),
    );
    expect(
      idsOf(
        (
          await query({
            verb: 'http://adlnet.gov/expapi/verbs/completed',
            agent: JSON.stringify(ana),
          })
        ).body,
      ),
    ).toEqual([ids['completed']]);
    expect(idsOf((await query({ activity: course })).body)).toEqual([ids['registered']]);
    expect(
      idsOf((await query({ activity: course, related_activities: 'true' })).body).sort(),
    ).toEqual([ids['registered'], ids['completed']].sort());
    expect(idsOf((await query({ registration })).body)).toEqual([ids['registered']]);
  });

  it('returns context activities as arrays even when sent as one object', async () => {
    const { body } = await query({ activity: `${course}/module-1` });
    expect(
      (body.statements[0]?.['context'] as { contextActivities: { parent: unknown } })
        .contextActivities.parent,
    ).toEqual([{ id: course }]);
  });

  it('pages with limit and a more link that continues exactly after the last statement', async () => {
    const first = await query({ agent: JSON.stringify(ana), limit: '1' });
    expect(first.body.statements).toHaveLength(1);
    expect(first.body.more).toMatch(/^\/xapi\/statements\?more=/);
    const next = await fetch(`${app.baseUrl}${first.body.more}`, { headers: lrsHeaders(app) });
    const second = (await next.json()) as StatementResult;
    expect(second.statements).toHaveLength(1);
    expect(second.more).toBe('');
    expect([...idsOf(first.body), ...idsOf(second)].sort()).toEqual(
      [ids['registered'], ids['completed']].sort(),
    );
  });

  it('sends X-Experience-API-Consistent-Through with every GET', async () => {
    const { headers } = await query({ verb: 'http://adlnet.gov/expapi/verbs/completed' });
    expect(
      new Date(headers.get('x-experience-api-consistent-through') ?? '').getTime(),
    ).not.toBeNaN();
  });

  it('hides a voided statement from queries and statementId, serves it by voidedStatementId, and returns the void', async () => {
    const target = (
      (await (
        await postStatements(
          app,
          statement({ actor: { mbox: 'mailto:voided.queries@example.org' } }),
        )
      ).json()) as string[]
    )[0];
    const [voiding] = (await (
      await postStatements(app, {
        actor: ana,
        verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
        object: { objectType: 'StatementRef', id: target },
      })
    ).json()) as string[];

    const byAgent = await query({
      agent: JSON.stringify({ mbox: 'mailto:voided.queries@example.org' }),
    });
    expect(idsOf(byAgent.body)).toEqual([voiding]);
    expect(
      (
        await fetch(`${app.baseUrl}/xapi/statements?statementId=${target}`, {
          headers: lrsHeaders(app),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${app.baseUrl}/xapi/statements?voidedStatementId=${target}`, {
          headers: lrsHeaders(app),
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a voiding statement whose object is not a StatementRef', async () => {
    const response = await postStatements(
      app,
      statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } }),
    );
    expect(response.status).toBe(400);
  });

  it('gives only identifiers with format=ids', async () => {
    const { body } = await query({ activity: course, format: 'ids' });
    expect(body.statements[0]?.['object']).toEqual({ id: course });
    expect(body.statements[0]?.['verb']).toEqual({
      id: 'http://adlnet.gov/expapi/verbs/registered',
    });
  });

  it('keeps one language per map with format=canonical, chosen by Accept-Language', async () => {
    const { body } = await query(
      { activity: course, format: 'canonical' },
      { 'Accept-Language': 'es, en;q=0.5' },
    );
    expect(body.statements[0]?.['verb']).toEqual({
      id: 'http://adlnet.gov/expapi/verbs/registered',
      display: { en: 'registered' },
    });
  });

  it('refuses statementId combined with a filter, and unknown parameters, naming them', async () => {
    const combined = await query({
      statementId: ids['registered'],
      verb: 'http://adlnet.gov/expapi/verbs/registered',
    });
    expect(combined.status).toBe(400);
    expect(
      ((await query({ colour: 'blue' })).body as unknown as { details: { field: string }[] })
        .details[0]?.field,
    ).toBe('colour');
  });

  it('stores a statement with PUT under the statementId given', async () => {
    const id = randomUUID();
    const response = await fetch(`${app.baseUrl}/xapi/statements?statementId=${id}`, {
      method: 'PUT',
      headers: lrsHeaders(app),
      body: JSON.stringify(statement()),
    });
    expect(response.status).toBe(204);
    expect(
      (
        await fetch(`${app.baseUrl}/xapi/statements?statementId=${id}`, {
          headers: lrsHeaders(app),
        })
      ).status,
    ).toBe(200);
  });
});
