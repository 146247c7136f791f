import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import xapiPackage, { type Statement, type StatementsResponse } from '@xapi/xapi';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

// A CommonJS package: under NodeNext its class is the `default` it also carries.
const XAPI = xapiPackage.default;

/**
 * The LRS as an LMS sees it through a client library from npm (@xapi/xapi),
 * not through our own request helpers.
 */
describe('a real xAPI client library against the LRS', () => {
  let app: TestApp;
  let xapi: InstanceType<typeof XAPI>;
  const learner = {
    objectType: 'Agent' as const,
    name: 'Núria Client',
    account: { homePage: 'https://lms.example.org', name: `nuria-${randomUUID()}` },
  };
  const course = 'https://lms.example.org/courses/client-library';
  const completed = 'http://adlnet.gov/expapi/verbs/completed';
  const experienced = 'http://adlnet.gov/expapi/verbs/experienced';

  const moduleStatement = (n: number): Statement => ({
    actor: learner,
    verb: { id: n % 5 === 0 ? completed : experienced, display: { 'en-US': 'did' } },
    object: {
      objectType: 'Activity',
      id: `${course}/modules/${n}`,
      definition: { name: { 'en-US': `Module ${n}` } },
    },
    context: { contextActivities: { parent: [{ id: course }] } },
    timestamp: new Date(Date.UTC(2021, 0, 1, 0, n)).toISOString(),
  });

  beforeAll(async () => {
    app = await startTestApp();
    xapi = new XAPI({
      endpoint: `${app.baseUrl}/xapi/`,
      auth: XAPI.toBasicAuth(app.lrs.key, app.lrs.secret),
      version: '1.0.3',
    });
  });
  afterAll(() => app.close());

  it('reads the About resource', async () => {
    const about = await xapi.getAbout();
    expect(about.data.version).toContain('1.0.3');
  });

  it('posts a batch and a single statement, then pages through all of them', async () => {
    const batch = Array.from({ length: 250 }, (_, n) => moduleStatement(n));
    const sent = await xapi.sendStatements({ statements: batch });
    expect(sent.data).toHaveLength(250);
    const single = { ...moduleStatement(250), id: randomUUID() };
    expect((await xapi.sendStatement({ statement: single })).data).toEqual([single.id]);

    const seen: string[] = [];
    let page = (await xapi.getStatements({ agent: learner, limit: 100 })).data;
    seen.push(...page.statements.map((s) => s.id as string));
    let pages = 1;
    while (page.more) {
      // Without attachments the client hands back a plain StatementResult.
      page = (await xapi.getMoreStatements({ more: page.more })).data as StatementsResponse;
      seen.push(...page.statements.map((s) => s.id as string));
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(251);
    expect(new Set(seen)).toEqual(new Set([...sent.data, single.id]));
    // Newest first: the single statement was stored last.
    expect(seen[0]).toBe(single.id);
  });

  it('filters by verb and by a parent activity with related_activities', async () => {
    const byVerb = await xapi.getStatements({ agent: learner, verb: completed, limit: 0 });
    expect(byVerb.data.statements.length).toBe(51); // modules 0, 5, …, 250
    expect(byVerb.data.statements.every((s) => s.verb.id === completed)).toBe(true);

    const direct = await xapi.getStatements({ activity: course });
    expect(direct.data.statements).toHaveLength(0);
    const related = await xapi.getStatements({
      activity: course,
      related_activities: true,
      ascending: true,
      limit: 10,
    });
    expect(related.data.statements.map((s) => (s.object as { id: string }).id)).toEqual(
      Array.from({ length: 10 }, (_, n) => `${course}/modules/${n}`),
    );
  });

  it('reads one statement back as sent, voids it, and finds it only as voided', async () => {
    const statement = { ...moduleStatement(300), id: randomUUID() };
    await xapi.sendStatement({ statement });
    const read = await xapi.getStatement({ statementId: statement.id });
    expect(read.data).toMatchObject({
      id: statement.id,
      actor: learner,
      verb: statement.verb,
      object: statement.object,
      timestamp: statement.timestamp,
      authority: { account: { name: app.lrs.key } },
    });

    await xapi.voidStatement({ actor: learner, statementId: statement.id });
    await expect(xapi.getStatement({ statementId: statement.id })).rejects.toMatchObject({
      response: { status: 404 },
    });
    const voided = await xapi.getVoidedStatement({ voidedStatementId: statement.id });
    expect(voided.data.id).toBe(statement.id);
  });

  it('keeps and returns state documents', async () => {
    const state = { activityId: course, agent: learner, stateId: 'bookmark' };
    await xapi.setState({ ...state, state: { page: 7 } });
    await xapi.createState({ ...state, state: { chapter: 2 } }); // POST merges JSON
    expect((await xapi.getState(state)).data).toEqual({ page: 7, chapter: 2 });
  });
});
