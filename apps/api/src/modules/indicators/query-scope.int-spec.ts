import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getJson,
  login,
  postStatements,
  statement,
  waitForFreshness,
} from '../../../test/api-client.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { IndicatorsRefreshService } from './indicators-refresh.service.js';

const VERB = {
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended' },
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided' },
};
const AI = 'https://lms.example.org/courses/ai';
const WEB = 'https://lms.example.org/courses/web';
const CV = 'https://lms.example.org/courses/cv';
const OTHER = 'https://other.example.org/u1';
const learner = (name: string) => ({ mbox: `mailto:${name}@example.org` });

interface Figures {
  users: number;
  enrolments: number;
  completions: number;
  completers: number;
  growth: Record<string, number | null>;
  previousPeriod: { from: string; to: string };
  provenance: { cutoff: string; statementCount: number; fingerprint: string };
}

/** Spec sections 1 and 5: course filters, growth, series, the course table and the cut-off. */
describe('what an indicator query sees', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await login(app);
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        'activity_id,title,format,mode,programme,tags\n' +
          `${AI},AI basics,mooc,async,cibernarium,\n` +
          `${WEB},Web masterclass,masterclass,sync,cibernarium,\n` +
          `${CV},Your CV,course,async,ocupacio,\n`,
      ]),
      'courses.csv',
    );
    const response = await fetch(`${app.baseUrl}/api/courses/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(200);
  });
  afterAll(() => app.close());

  async function post(...statements: Record<string, unknown>[]): Promise<string[]> {
    const response = await postStatements(app, statements);
    expect(response.status).toBe(200);
    const ids = (await response.json()) as string[];
    await waitForFreshness(app.baseUrl, token);
    return ids;
  }
  const at = (timestamp: string, verb: { id: string }, name: string, object: object) =>
    statement({ timestamp, verb, actor: learner(name), object });
  const figures = async (query: string) => {
    const { status, body } = await getJson<Figures>(app.baseUrl, `/api/indicators?${query}`, token);
    expect(status).toBe(200);
    return body;
  };
  const YEAR_2021 = 'from=2021-01-01&to=2021-12-31';

  let betAttended = '';
  let beforeLateData: Figures;
  let cutoff = '';

  it('loads the first statements', async () => {
    const ids = await post(
      at('2021-03-10T10:00:00Z', VERB.registered, 'ana', { id: AI }),
      at('2021-04-01T10:00:00Z', VERB.completed, 'ana', { id: AI }),
      at('2021-03-15T10:00:00Z', VERB.registered, 'bet', { id: WEB }),
      at('2021-03-15T11:00:00Z', VERB.attended, 'bet', { id: WEB }),
      at('2021-05-01T10:00:00Z', VERB.registered, 'cai', { id: OTHER }),
      // No course: the object is an agent (spec section 3, rule 4).
      at('2021-06-01T10:00:00Z', VERB.experienced, 'eve', {
        objectType: 'Agent',
        mbox: 'mailto:tutor@example.org',
      }),
      at('2020-03-12T10:00:00Z', VERB.registered, 'dan', { id: CV }),
      at('2020-06-01T10:00:00Z', VERB.completed, 'dan', { id: CV }),
    );
    betAttended = ids[3] ?? '';
    beforeLateData = await figures(YEAR_2021);
    expect(beforeLateData).toMatchObject({
      users: 4,
      enrolments: 3,
      completions: 2,
      completers: 2,
    });
  });

  it('narrows every figure to the statements of matching courses', async () => {
    expect(await figures(`${YEAR_2021}&programme=cibernarium`)).toMatchObject({
      users: 2,
      enrolments: 2,
      completions: 2,
    });
    expect(await figures(`${YEAR_2021}&format=mooc`)).toMatchObject({
      users: 1,
      enrolments: 1,
      completions: 1,
    });
    expect(await figures(`${YEAR_2021}&format=uncatalogued`)).toMatchObject({
      users: 1,
      enrolments: 1,
      completions: 0,
    });
    expect(await figures(`${YEAR_2021}&course=${encodeURIComponent(WEB)}`)).toMatchObject({
      users: 1,
      enrolments: 1,
      completions: 1,
    });
    // Filters combine; an uncatalogued course has no programme.
    expect(await figures(`${YEAR_2021}&programme=ocupacio&format=mooc`)).toMatchObject({
      users: 0,
    });
    expect(await figures(`${YEAR_2021}&programme=cibernarium&format=uncatalogued`)).toMatchObject({
      users: 0,
      enrolments: 0,
    });
  });

  it('gives provenance of only the statements that pass the filters', async () => {
    const all = await figures(YEAR_2021);
    const mooc = await figures(`${YEAR_2021}&format=mooc`);
    // Every period: dan's 2020 statements count in the unfiltered provenance.
    expect(all.provenance.statementCount).toBe(8);
    expect(mooc.provenance.statementCount).toBe(2);
    expect(mooc.provenance.fingerprint).not.toBe(all.provenance.fingerprint);
  });

  it('compares each figure with the same period a year before', async () => {
    const body = await figures(YEAR_2021);
    expect(body.previousPeriod).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(body.growth).toMatchObject({ users: 3, enrolments: 2, completions: 1, completers: 1 });
    // Nothing in 2019: growth over zero is undefined, not infinite.
    expect((await figures('from=2020-01-01&to=2020-12-31')).growth['users']).toBeNull();
    // 29 February maps to 28 February.
    expect((await figures('from=2020-02-29&to=2020-12-31')).previousPeriod).toEqual({
      from: '2019-02-28',
      to: '2019-12-31',
    });
  });

  it('gives every figure per month, with the filters', async () => {
    const { body } = await getJson<{
      points: { period: string; users: number; enrolments: number; completions: number }[];
    }>(
      app.baseUrl,
      '/api/indicators/series?interval=month&from=2021-03-01&to=2021-05-31&programme=cibernarium',
      token,
    );
    expect(
      body.points.map(({ period, users, enrolments, completions }) => ({
        period,
        users,
        enrolments,
        completions,
      })),
    ).toEqual([
      { period: '2021-03', users: 2, enrolments: 2, completions: 1 },
      { period: '2021-04', users: 1, enrolments: 0, completions: 1 },
      { period: '2021-05', users: 0, enrolments: 0, completions: 0 },
    ]);
  });

  it('gives the figures of each course', async () => {
    const { body } = await getJson<{ courses: Record<string, unknown>[] }>(
      app.baseUrl,
      `/api/indicators/courses?${YEAR_2021}`,
      token,
    );
    expect(body.courses).toEqual([
      {
        courseId: AI,
        title: 'AI basics',
        format: 'mooc',
        programme: 'cibernarium',
        users: 1,
        enrolments: 1,
        completions: 1,
        completionRate: 1,
      },
      {
        courseId: WEB,
        title: 'Web masterclass',
        format: 'masterclass',
        programme: 'cibernarium',
        users: 1,
        enrolments: 1,
        completions: 1,
        completionRate: 1,
      },
      {
        courseId: OTHER,
        title: null,
        format: 'uncatalogued',
        programme: null,
        users: 1,
        enrolments: 1,
        completions: 0,
        completionRate: 0,
      },
    ]);
  });

  it('never changes a figure for an earlier cut-off: late data and late voids', async () => {
    cutoff = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await post(
      at('2021-02-01T10:00:00Z', VERB.registered, 'fay', { id: AI }),
      // Backdates ana's first ever enrolment from March to January.
      at('2021-01-05T10:00:00Z', VERB.registered, 'ana', { id: AI }),
      statement({
        actor: learner('admin'),
        verb: VERB.voided,
        object: { objectType: 'StatementRef', id: betAttended },
      }),
    );
    expect(await figures(YEAR_2021)).toMatchObject({
      users: 5,
      enrolments: 4,
      completions: 1,
    });
    expect(await figures('from=2021-03-01&to=2021-03-31')).toMatchObject({ enrolments: 1 });

    const atCutoff = await figures(`${YEAR_2021}&cutoff=${cutoff}`);
    expect(atCutoff).toMatchObject({ users: 4, enrolments: 3, completions: 2, completers: 2 });
    expect(atCutoff.provenance).toMatchObject({
      cutoff,
      statementCount: beforeLateData.provenance.statementCount,
      fingerprint: beforeLateData.provenance.fingerprint,
    });
    expect(await figures(`from=2021-03-01&to=2021-03-31&cutoff=${cutoff}`)).toMatchObject({
      enrolments: 2,
      completions: 1,
    });
  });

  it('gives the same figures for a cut-off after rebuilding the facts', async () => {
    const before = await figures(`${YEAR_2021}&cutoff=${cutoff}`);
    const response = await fetch(`${app.baseUrl}/api/indicators/rebuild`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(202);
    // The job may run before or after this direct rebuild: both end with the same facts.
    const report = await app.app.get(IndicatorsRefreshService).rebuild();
    expect(report).toMatchObject({ rebuilt: true, processed: 11 });
    await waitForFreshness(app.baseUrl, token);
    const after = await getJson<Figures>(
      app.baseUrl,
      `/api/indicators?${YEAR_2021}&cutoff=${cutoff}`,
      token,
    );
    expect(after.body).toEqual(before);
  });

  it('answers anew once a registry import changes who is who', async () => {
    expect(await figures(YEAR_2021)).toMatchObject({ users: 5 });
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district\n' +
          'P-1,fay@example.org,,,woman,,,,,\nP-1,eve@example.org,,,woman,,,,,\n',
      ]),
      'learners.csv',
    );
    const response = await fetch(`${app.baseUrl}/api/learners/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(200);
    const after = await figures(YEAR_2021);
    expect(after).toMatchObject({ users: 4 });
    expect(
      (after as unknown as { breakdowns: { users: { sex: { woman: number } } } }).breakdowns.users
        .sex.woman,
    ).toBe(1);
  });

  it('refuses a cut-off in the future, or without a zone', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    for (const value of [future, '2021-12-31T23:00:00', 'yesterday']) {
      const { status, body } = await getJson<{ details: { field: string }[] }>(
        app.baseUrl,
        `/api/indicators?${YEAR_2021}&cutoff=${value}`,
        token,
      );
      expect(status).toBe(400);
      expect(body.details[0]?.field).toBe('cutoff');
    }
  });

  it('refuses an unknown format and an empty filter', async () => {
    for (const query of ['format=webinar', 'programme=']) {
      const { status, body } = await getJson<{ details: { field: string }[] }>(
        app.baseUrl,
        `/api/indicators?${YEAR_2021}&${query}`,
        token,
      );
      expect(status).toBe(400);
      expect(body.details[0]?.field).toBe(query.split('=')[0]);
    }
  });
});
