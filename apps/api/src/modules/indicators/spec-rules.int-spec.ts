import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getJson,
  login,
  lrsHeaders,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import {
  CATALOGUE_HEADER,
  REGISTRY_HEADER,
  importCsv,
  startApiProcess,
} from '../../../test/indicator-proof.js';
import { startTestRedis, type TestRedis } from '../../../test/redis-server.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed' },
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended' },
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched' },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided' },
};
const AI = 'https://lms.example.org/courses/ai';
const DATA = 'https://lms.example.org/courses/data';
const WEB = 'https://lms.example.org/courses/web';
const UNLISTED = 'https://lms.example.org/courses/unlisted';
const LMS = 'https://lms.example.org';

const mbox = (name: string) => ({ mbox: `mailto:${name}@example.org` });
const account = (name: string, homePage = LMS) => ({ account: { homePage, name } });
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

interface Figures {
  users: number;
  enrolments: number;
  completions: number;
  completers: number;
  completionRate: number | null;
  breakdowns: { enrolments: { format: Record<string, number> } };
  provenance: { statementCount: number };
}
interface Freshness {
  statementsStored: number;
  statementsProcessed: number;
}

/**
 * The rules of spec sections 1 to 5 that the other indicator specs leave out,
 * one scenario each. Every scenario keeps to years of its own, so the figures
 * it reads are its statements' alone.
 */
describe('indicator rules of the spec', () => {
  let redis: TestRedis;
  let app: TestApp;
  let token: string;
  const queuePrefix = `t${randomBytes(5).toString('hex')}`;

  beforeAll(async () => {
    // A Redis of this file's own: a production API process joins the same queue below.
    redis = await startTestRedis();
    app = await startTestApp({ env: { REDIS_URL: redis.url, FITA_QUEUE_PREFIX: queuePrefix } });
    token = await login(app);
    await importCsv(
      app.baseUrl,
      token,
      '/api/courses/import',
      [
        CATALOGUE_HEADER,
        `${AI},AI,mooc,async,cibernarium,`,
        `${DATA},Data,masterclass,sync,cibernarium,`,
        `${WEB},Web,course,sync,barcelona-activa,`,
      ].join('\n'),
    );
    await importCsv(
      app.baseUrl,
      token,
      '/api/learners/import',
      [
        REGISTRY_HEADER,
        'P-eva,eva@example.org,,,woman,1980,,,,',
        `P-eva,,${LMS},eva,woman,1980,,,,`,
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await app.close();
    await redis.kill();
  });

  const at = (
    timestamp: string,
    verb: { id: string },
    actor: object,
    object: object,
    extra: Record<string, unknown> = {},
  ) => statement({ timestamp, verb, actor, object, ...extra });
  const voiding = (id: string, actor: object, timestamp: string) =>
    at(timestamp, VERB.voided, actor, { objectType: 'StatementRef', id });

  async function post(...statements: Record<string, unknown>[]): Promise<string[]> {
    const response = await postStatements(app, statements);
    expect(response.status).toBe(200);
    const ids = (await response.json()) as string[];
    await waitForFreshness(app.baseUrl, token);
    return ids;
  }
  async function figures(from: string, to: string, filter = ''): Promise<Figures> {
    const { status, body } = await getJson<Figures>(
      app.baseUrl,
      `/api/indicators?from=${from}&to=${to}${filter}`,
      token,
    );
    expect(status).toBe(200);
    return body;
  }
  const year = (y: number) => figures(`${y}-01-01`, `${y}-12-31`);
  const freshness = async () =>
    (await getJson<Freshness>(app.baseUrl, '/api/indicators/freshness', token)).body;

  it('places 2020-12-31T23:30:00Z on 1 January 2021 in Madrid, and reads a timestamp without offset as UTC wherever the server runs', async () => {
    await post(
      at('2020-12-31T23:30:00Z', VERB.registered, mbox('ana'), { id: AI }),
      at('2020-12-31T22:59:59Z', VERB.registered, mbox('bo'), { id: WEB }),
    );
    // An API process whose own local time is Madrid's takes the next two: the
    // offset-less instants are UTC all the same (23:30 UTC is 00:30 in Madrid).
    const madrid = await startApiProcess({
      databaseUrl: app.databaseUrl,
      redisUrl: redis.url,
      queuePrefix,
      admin: app.admin,
      lrs: app.lrs,
      env: { TZ: 'Europe/Madrid' },
    });
    try {
      const response = await fetch(`${madrid.baseUrl}/xapi/statements`, {
        method: 'POST',
        headers: lrsHeaders(app),
        body: JSON.stringify([
          at('2020-12-31T23:30:00', VERB.registered, mbox('cai'), { id: DATA }),
          at('2020-12-31T22:30:00', VERB.registered, mbox('dan'), { id: DATA }),
        ]),
      });
      expect(response.status).toBe(200);
    } finally {
      await madrid.stop();
    }
    await waitForFreshness(app.baseUrl, token);

    expect(await figures('2020-12-31', '2020-12-31')).toMatchObject({ users: 2, enrolments: 2 });
    expect(await figures('2021-01-01', '2021-01-01')).toMatchObject({ users: 2, enrolments: 2 });
    expect(await year(2020)).toMatchObject({ users: 2, enrolments: 2 });
    expect(await year(2021)).toMatchObject({ users: 2, enrolments: 2 });
  }, 90_000);

  it('never counts a voiding statement; voiding a first completion makes the next one first, also within one batch', async () => {
    const [firstAi] = await post(
      at('2008-05-01T10:00:00Z', VERB.completed, mbox('gil'), { id: AI }),
      at('2008-06-01T10:00:00Z', VERB.completed, mbox('gil'), { id: WEB }),
      at('2009-05-01T10:00:00Z', VERB.passed, mbox('gil'), { id: AI }),
    );
    expect(await year(2008)).toMatchObject({ users: 1, completions: 2, completers: 1 });
    expect(await year(2009)).toMatchObject({ users: 1, completions: 0, completers: 0 });

    // The voiders act nowhere else: counted, they would be users of 2008 and 2009.
    await post(voiding(firstAi, mbox('voider-one'), '2008-07-01T10:00:00Z'));
    const hal2008 = randomUUID();
    await post(
      { ...at('2008-03-01T10:00:00Z', VERB.registered, mbox('hal'), { id: AI }), id: hal2008 },
      voiding(hal2008, mbox('voider-two'), '2009-08-01T10:00:00Z'),
      at('2009-03-01T10:00:00Z', VERB.registered, mbox('hal'), { id: AI }),
    );

    expect(await year(2008)).toMatchObject({
      users: 1,
      enrolments: 0,
      completions: 1,
      completers: 1,
    });
    expect(await year(2009)).toMatchObject({
      users: 2,
      enrolments: 1,
      completions: 1,
      completers: 1,
    });
  });

  it('counts a statement re-sent with the same id and content once', async () => {
    const before = await freshness();
    const countBefore = (await year(2012)).provenance.statementCount;
    const joined = {
      ...at('2012-03-01T10:00:00Z', VERB.registered, mbox('jo'), { id: AI }),
      id: randomUUID(),
    };

    await post(joined);
    await post(joined);
    await post(joined, at('2012-04-01T10:00:00Z', VERB.registered, mbox('kim'), { id: AI }));

    const after = await freshness();
    expect(after.statementsStored).toBe(before.statementsStored + 2);
    expect(after.statementsProcessed).toBe(after.statementsStored);
    expect(await year(2012)).toMatchObject({
      users: 2,
      enrolments: 2,
      provenance: { statementCount: countBefore + 2 },
    });
  });

  it('refuses another statement under a stored id (409) and keeps counting the first', async () => {
    const id = randomUUID();
    await post({ ...at('2013-02-01T10:00:00Z', VERB.registered, mbox('lou'), { id: AI }), id });
    const before = await freshness();

    const other = { ...at('2014-02-01T10:00:00Z', VERB.registered, mbox('max'), { id: WEB }), id };
    expect((await postStatements(app, other)).status).toBe(409);
    const batch = [at('2014-03-01T10:00:00Z', VERB.registered, mbox('ned'), { id: WEB }), other];
    expect((await postStatements(app, batch)).status).toBe(409);
    await waitForFreshness(app.baseUrl, token);

    expect((await freshness()).statementsStored).toBe(before.statementsStored);
    const served = await fetch(`${app.baseUrl}/xapi/statements?statementId=${id}`, {
      headers: lrsHeaders(app),
    });
    expect(((await served.json()) as { actor: unknown }).actor).toMatchObject(mbox('lou'));
    expect(await year(2013)).toMatchObject({ users: 1, enrolments: 1 });
    expect(await year(2014)).toMatchObject({ users: 0, enrolments: 0 });
  });

  it('treats mbox and mbox_sha1sum of one address as one person, for enrolments and completions too', async () => {
    const hash = sha1('mailto:pau@example.org');
    await post(
      at('2015-02-01T10:00:00Z', VERB.registered, { mbox: 'mailto:Pau@Example.org' }, { id: AI }),
      at('2015-06-01T10:00:00Z', VERB.completed, { mbox_sha1sum: hash.toUpperCase() }, { id: AI }),
      at('2016-01-10T10:00:00Z', VERB.registered, { mbox_sha1sum: hash }, { id: AI }),
      at('2016-02-01T10:00:00Z', VERB.passed, mbox('pau'), { id: AI }),
    );

    expect(await year(2015)).toMatchObject({
      users: 1,
      enrolments: 1,
      completions: 1,
      completers: 1,
      completionRate: 1,
    });
    expect(await year(2016)).toMatchObject({ users: 1, enrolments: 0, completions: 0 });
  });

  it('counts the identifiers the registry links as one person, from the moment they are linked', async () => {
    await post(
      at('2017-03-01T10:00:00Z', VERB.completed, mbox('eva'), { id: AI }),
      at('2017-04-01T10:00:00Z', VERB.completed, account('eva'), { id: WEB }),
      // The registry's home page has no trailing slash; the key drops it (spec section 2).
      at('2018-01-01T10:00:00Z', VERB.completed, account('eva', `${LMS}/`), { id: AI }),
      at('2017-05-01T10:00:00Z', VERB.registered, mbox('fay'), { id: DATA }),
      at('2018-05-01T10:00:00Z', VERB.registered, account('fay'), { id: DATA }),
    );
    expect(await year(2017)).toMatchObject({
      users: 2,
      enrolments: 1,
      completions: 2,
      completers: 1,
    });
    expect(await year(2018)).toMatchObject({ users: 2, enrolments: 1, completions: 0 });

    await importCsv(
      app.baseUrl,
      token,
      '/api/learners/import',
      [REGISTRY_HEADER, 'P-fay,fay@example.org,,,,,,,,', `P-fay,,${LMS},fay,,,,,,`].join('\n'),
    );

    expect(await year(2017)).toMatchObject({ users: 2, enrolments: 1, completions: 2 });
    expect(await year(2018)).toMatchObject({ users: 2, enrolments: 0, completions: 0 });
  });

  it('does not count Group actors, not even a Group identified like an agent, nor its members', async () => {
    const team = { objectType: 'Group', ...mbox('gus') };
    await post(
      at('2019-01-10T10:00:00Z', VERB.registered, team, { id: AI }),
      at('2019-02-10T10:00:00Z', VERB.completed, team, { id: AI }),
      at(
        '2019-03-10T10:00:00Z',
        VERB.attended,
        { objectType: 'Group', member: [mbox('gus')] },
        {
          id: WEB,
        },
      ),
      at('2019-09-01T10:00:00Z', VERB.registered, mbox('gus'), { id: AI }),
    );

    expect(await figures('2019-01-01', '2019-06-30')).toMatchObject({
      users: 0,
      enrolments: 0,
      completions: 0,
    });
    expect(await year(2019)).toMatchObject({
      users: 1,
      enrolments: 1,
      completions: 0,
      completers: 0,
    });
  });

  it('counts an activity outside the catalogue as its own course, of format uncatalogued; a non-activity object as no course', async () => {
    await post(
      at('2011-02-01T10:00:00Z', VERB.registered, mbox('ole'), { id: UNLISTED }),
      // Its parent is not in the catalogue either: the module is a course of its own.
      at(
        '2011-02-02T10:00:00Z',
        VERB.registered,
        mbox('ole'),
        { id: `${UNLISTED}/module-1` },
        { context: { contextActivities: { parent: [{ id: UNLISTED }] } } },
      ),
      at('2011-03-01T10:00:00Z', VERB.registered, mbox('pia'), { id: AI }),
      at('2011-05-01T10:00:00Z', VERB.registered, mbox('quim'), {
        objectType: 'Agent',
        ...mbox('tutor'),
      }),
    );

    const figures2011 = await year(2011);
    expect(figures2011).toMatchObject({ users: 3, enrolments: 3 });
    expect(await figures('2011-01-01', '2011-12-31', '&format=uncatalogued')).toMatchObject({
      users: 1,
      enrolments: 2,
    });
    expect(figures2011.breakdowns.enrolments.format).toEqual({
      mooc: 1,
      instant: 0,
      masterclass: 0,
      course: 0,
      uncatalogued: 2,
      unknown: 0,
    });
  });

  it('attributes to the object if catalogued, else the first catalogued parent, then grouping', async () => {
    const lesson = (n: number) => ({ id: `https://lms.example.org/lessons/${n}` });
    const context = (parent: string[], grouping: string[] = []) => ({
      context: {
        contextActivities: {
          parent: parent.map((id) => ({ id })),
          grouping: grouping.map((id) => ({ id })),
        },
      },
    });
    await post(
      at('2010-02-01T10:00:00Z', VERB.registered, mbox('rut'), { id: DATA }, context([AI])),
      at(
        '2010-02-01T10:00:00Z',
        VERB.registered,
        mbox('sam'),
        lesson(1),
        context([UNLISTED, AI, WEB], [DATA]),
      ),
      at(
        '2010-02-01T10:00:00Z',
        VERB.registered,
        mbox('tea'),
        lesson(2),
        context([UNLISTED], [`${UNLISTED}/2`, WEB]),
      ),
      at('2010-02-01T10:00:00Z', VERB.registered, mbox('uma'), { id: AI }),
      at('2010-03-01T10:00:00Z', VERB.registered, mbox('uma'), lesson(3), context([], [AI])),
    );

    const figures2010 = await year(2010);
    expect(figures2010).toMatchObject({ users: 4, enrolments: 4 });
    const ofCourse = (course: string) =>
      figures('2010-01-01', '2010-12-31', `&course=${encodeURIComponent(course)}`);
    expect(await ofCourse(AI)).toMatchObject({ users: 2, enrolments: 2 });
    expect(await ofCourse(DATA)).toMatchObject({ users: 1, enrolments: 1 });
    expect(await ofCourse(WEB)).toMatchObject({ users: 1, enrolments: 1 });
    expect(figures2010.breakdowns.enrolments.format).toEqual({
      mooc: 2,
      instant: 0,
      masterclass: 1,
      course: 1,
      uncatalogued: 0,
      unknown: 0,
    });
  });

  it('completes a pair by completed, passed or attended alike; the earliest of them is the first ever', async () => {
    await post(
      at('2006-11-01T10:00:00Z', VERB.attended, mbox('via'), { id: WEB }),
      at('2007-02-01T10:00:00Z', VERB.passed, mbox('via'), { id: WEB }),
      at('2007-03-01T10:00:00Z', VERB.completed, mbox('via'), { id: WEB }),
      at('2007-04-01T10:00:00Z', VERB.passed, mbox('wil'), { id: AI }),
      at('2007-05-01T10:00:00Z', VERB.completed, mbox('xan'), { id: DATA }),
      at('2007-06-01T10:00:00Z', VERB.launched, mbox('yve'), { id: AI }),
      at('2007-06-01T10:00:00Z', VERB.registered, mbox('yve'), { id: AI }),
    );

    expect(await year(2006)).toMatchObject({ users: 1, completions: 1, completers: 1 });
    expect(await year(2007)).toMatchObject({
      users: 4,
      enrolments: 1,
      completions: 2,
      completers: 2,
      completionRate: 2,
    });
  });
});
